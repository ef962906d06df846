using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class UtbetalingskjoringConfiguration : IEntityTypeConfiguration<Utbetalingskjoring>
{
    public void Configure(EntityTypeBuilder<Utbetalingskjoring> builder)
    {
        builder.ToTable("utbetalingskjoringer");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Nummer).UseIdentityByDefaultColumn();
        builder.HasIndex(k => k.Nummer).IsUnique();
        builder.Property(k => k.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(k => k.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(k => k.OpprettetAvId).IsRequired();
        builder.Property(k => k.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.AvgjortAvNavn).HasMaxLength(200);
        builder.Property(k => k.Begrunnelse).HasMaxLength(300);
        builder.Property(k => k.Sum).HasPrecision(16, 2);
        builder.HasIndex(k => new { k.Kontor, k.Status });
        builder.Property(k => k.Versjon).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }
}
