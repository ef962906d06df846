using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class TrekkberegningConfiguration : IEntityTypeConfiguration<Trekkberegning>
{
    public void Configure(EntityTypeBuilder<Trekkberegning> builder)
    {
        builder.ToTable("trekkberegninger");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).UseIdentityAlwaysColumn();
        builder.Property(b => b.Grunnlag).HasColumnType("jsonb");
        builder.Property(b => b.Beregning).HasColumnType("jsonb");
        builder.Property(b => b.Satsrader).HasDefaultValueSql("'{}'::bigint[]").IsRequired();
        builder.HasIndex(b => new { b.TrekkId, b.Versjon }).IsUnique();
        builder.HasOne<Trekkpalegg>().WithMany().HasForeignKey(b => b.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}
