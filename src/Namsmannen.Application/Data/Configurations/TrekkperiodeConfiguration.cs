using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class TrekkperiodeConfiguration : IEntityTypeConfiguration<Trekkperiode>
{
    public void Configure(EntityTypeBuilder<Trekkperiode> builder)
    {
        builder.ToTable("trekkperioder");
        builder.HasKey(p => new { p.TrekkId, p.Periode });
        builder.Property(p => p.Periode).HasMaxLength(7).IsFixedLength();
        builder.Property(p => p.Forventet).HasPrecision(14, 2);
        builder.Property(p => p.RapportertTrukket).HasPrecision(14, 2);
        builder.Property(p => p.Mottatt).HasPrecision(14, 2);
        builder.HasIndex(p => p.SakId);
        // The missing-remittance check reads only the months still short and not yet followed up, in its order; a month
        // paid in full leaves the index, so it does not grow with the years of history.
        builder.HasIndex(p => new { p.Oppfolgingsdag, p.TrekkId }).HasFilter("mangel_meldt IS NULL AND mottatt < forventet").HasDatabaseName("ix_trekkperioder_apne");
        builder.HasOne<Trekkpalegg>().WithMany().HasForeignKey(p => p.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}
