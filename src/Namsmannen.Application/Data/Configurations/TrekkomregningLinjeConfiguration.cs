using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class TrekkomregningLinjeConfiguration : IEntityTypeConfiguration<TrekkomregningLinje>
{
    public void Configure(EntityTypeBuilder<TrekkomregningLinje> builder)
    {
        builder.ToTable("trekkomregning_linjer");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(l => l.Saksnummer).HasMaxLength(20).IsRequired();
        builder.Property(l => l.Gammelt).HasPrecision(14, 2);
        builder.Property(l => l.Nytt).HasPrecision(14, 2);
        builder.Property(l => l.Grunnlag).HasColumnType("jsonb");
        builder.Property(l => l.Beregning).HasColumnType("jsonb");
        builder.Property(l => l.Satsrader).HasDefaultValueSql("'{}'::bigint[]").IsRequired();
        builder.Property(l => l.FrigittAvNavn).HasMaxLength(200);
        builder.Property(l => l.Merknad).HasMaxLength(300);
        builder.HasIndex(l => new { l.OmregningId, l.Kontor, l.Frigitt });
        builder.HasIndex(l => new { l.OmregningId, l.TrekkId }).IsUnique();
        builder.HasOne<Trekkomregning>().WithMany().HasForeignKey(l => l.OmregningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Trekkpalegg>().WithMany().HasForeignKey(l => l.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}
