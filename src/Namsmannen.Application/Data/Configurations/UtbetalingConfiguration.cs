using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class UtbetalingConfiguration : IEntityTypeConfiguration<Utbetaling>
{
    public void Configure(EntityTypeBuilder<Utbetaling> builder)
    {
        builder.ToTable("utbetalinger", t => t.HasCheckConstraint("ck_utbetalinger_belop", "belop > 0"));
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(u => u.Art).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Mottakertype).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Mottaker).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Kontonummer).HasMaxLength(11);
        builder.Property(u => u.UtbetalesTil).HasMaxLength(11);
        builder.Property(u => u.Belop).HasPrecision(14, 2);
        builder.Property(u => u.Grunnlag).HasMaxLength(300).IsRequired();
        builder.Property(u => u.Merknad).HasMaxLength(300);
        builder.HasIndex(u => new { u.Kontor, u.Status });
        builder.Property(u => u.Versjon).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        builder.HasIndex(u => u.KjoringId);
        builder.HasIndex(u => u.SakId);
        builder.HasIndex(u => u.InnbetalingId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(u => u.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(u => u.KreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Innbetaling>().WithMany().HasForeignKey(u => u.InnbetalingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FordelingForslag>().WithMany().HasForeignKey(u => u.FordelingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utbetalingskjoring>().WithMany().HasForeignKey(u => u.KjoringId).OnDelete(DeleteBehavior.Restrict);
    }
}
