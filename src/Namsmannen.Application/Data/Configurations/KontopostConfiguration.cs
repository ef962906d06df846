using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

/// <summary>The case ledger's entries (issue 16): owned by the case, written once, read back in booking order.</summary>
internal sealed class KontopostConfiguration : IEntityTypeConfiguration<Kontopost>
{
    public void Configure(EntityTypeBuilder<Kontopost> builder)
    {
        builder.ToTable("kontoposter");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Komponent).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.SakId);
        builder.HasOne<Sak>().WithMany(s => s.Poster).HasForeignKey(p => p.SakId).OnDelete(DeleteBehavior.Restrict);
        // Booked interest names the rate row its period used (issue 20); a rate row is never deleted.
        builder.HasOne<Administrasjon.Satsrad>().WithMany().HasForeignKey(p => p.SatsradId).OnDelete(DeleteBehavior.Restrict);
    }
}
