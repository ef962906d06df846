using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FormuesgodeConfiguration : IEntityTypeConfiguration<Formuesgode>
{
    public void Configure(EntityTypeBuilder<Formuesgode> builder)
    {
        builder.ToTable("formuesgoder");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        // Stored as the code the forms and the API use («fast_eiendom»), as it always was.
        builder.Property(f => f.Type).HasConversion(t => Common.Kode.Av(t), k => Features.Utlegg.HoldUtleggsforretning.Typer[k]).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Beskrivelse).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Utfall).HasConversion<string>().HasMaxLength(30).IsRequired();
        builder.Property(f => f.Begrunnelse).HasMaxLength(500).IsRequired();
        builder.Property(f => f.OverstyrtBegrunnelse).HasMaxLength(500);
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany(s => s.Formuesgoder).HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
