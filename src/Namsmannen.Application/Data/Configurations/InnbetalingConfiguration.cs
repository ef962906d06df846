using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class InnbetalingConfiguration : IEntityTypeConfiguration<Innbetaling>
{
    public void Configure(EntityTypeBuilder<Innbetaling> builder)
    {
        builder.ToTable("innbetalinger");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Referanse).HasMaxLength(100).IsRequired();
        builder.HasIndex(i => i.Referanse).IsUnique();
        builder.Property(i => i.Belop).HasPrecision(14, 2);
        builder.Property(i => i.Kid).HasMaxLength(25);
        builder.Property(i => i.Betaler).HasMaxLength(200);
        builder.Property(i => i.BetalerKonto).HasMaxLength(11);
        builder.Property(i => i.Tekst).HasMaxLength(500);
        builder.Property(i => i.Merknad).HasMaxLength(300);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Kontor).HasMaxLength(20).IsRequired();
        builder.HasIndex(i => new { i.Kontor, i.Status });
        builder.HasOne<Innbetalingsfil>().WithMany().HasForeignKey(i => i.FilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(i => i.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
