using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class TrekkversjonConfiguration : IEntityTypeConfiguration<Trekkversjon>
{
    public void Configure(EntityTypeBuilder<Trekkversjon> builder)
    {
        builder.ToTable("trekkpalegg_versjoner");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).UseIdentityAlwaysColumn();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Konto).HasMaxLength(11);
        builder.Property(v => v.Kid).HasMaxLength(25);
        builder.Property(v => v.Grunn).HasMaxLength(500).IsRequired();
        builder.Ignore(v => v.BetalTil);
        builder.HasIndex(v => new { v.TrekkId, v.Versjon }).IsUnique();
        builder.HasIndex(v => v.Sekvens).IsUnique();
        // The feed numbers versions after commit; this finds the ones still waiting for a number.
        builder.HasIndex(v => v.Id).HasFilter("sekvens IS NULL").HasDatabaseName("ix_trekkpalegg_versjoner_unummerert");
    }
}
