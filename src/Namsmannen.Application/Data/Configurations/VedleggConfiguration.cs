using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class VedleggConfiguration : IEntityTypeConfiguration<Vedlegg>
{
    public void Configure(EntityTypeBuilder<Vedlegg> builder)
    {
        builder.ToTable("vedlegg");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Filnavn).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Innholdstype).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Innhold).IsRequired();
        builder.Property(v => v.LastetOppAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Avsender).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Vedleggsavsender.Kreditor).HasSentinel((Vedleggsavsender)(-1));
        builder.HasIndex(v => v.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
