using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FormuesgodeConfiguration : IEntityTypeConfiguration<Formuesgode>
{
    public void Configure(EntityTypeBuilder<Formuesgode> builder)
    {
        builder.ToTable("formuesgoder");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Type).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Beskrivelse).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Verdi).HasPrecision(14, 2);
        builder.Property(f => f.Utfall).HasMaxLength(30).IsRequired();
        builder.Property(f => f.BeslagsfrittBelop).HasPrecision(14, 2);
        builder.Property(f => f.Begrunnelse).HasMaxLength(500).IsRequired();
        builder.Property(f => f.OverstyrtBegrunnelse).HasMaxLength(500);
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
