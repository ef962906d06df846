using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

/// <summary>The trekkpålegg (issue 17): one per decided utleggstrekk, sharing its id, with its versions in order.</summary>
internal sealed class TrekkpaleggConfiguration : IEntityTypeConfiguration<Trekkpalegg>
{
    public void Configure(EntityTypeBuilder<Trekkpalegg> builder)
    {
        builder.ToTable("trekkpalegg");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Orgnr).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.Property(t => t.Regime).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Hjemmel).HasMaxLength(300).IsRequired();
        builder.HasIndex(t => t.SakId).IsUnique();
        builder.HasIndex(t => t.Orgnr);
        // The follow-up reads only the orders that still run, by the month they are due.
        builder.HasIndex(t => t.ForventesFra).HasFilter("stoppet IS NULL").HasDatabaseName("ix_trekkpalegg_lopende");
        builder.HasOne<Trekk>().WithOne().HasForeignKey<Trekkpalegg>(t => t.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(t => t.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Versjoner).WithOne().HasForeignKey(v => v.TrekkId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Versjoner).HasField("versjoner").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(t => t.Gjeldende);
        builder.Ignore(t => t.ErStoppet);
    }
}

internal sealed class TrekkversjonConfiguration : IEntityTypeConfiguration<Trekkversjon>
{
    public void Configure(EntityTypeBuilder<Trekkversjon> builder)
    {
        builder.ToTable("trekkpalegg_versjoner");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).UseIdentityAlwaysColumn();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.BelopPerManed).HasConversion(b => b.Kroner, k => new Belop(k)).HasPrecision(14, 2);
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
        // The missing-remittance check reads only the months not yet followed up.
        builder.HasIndex(p => p.Oppfolgingsdag).HasFilter("mangel_meldt IS NULL").HasDatabaseName("ix_trekkperioder_apne");
        builder.HasOne<Trekkpalegg>().WithMany().HasForeignKey(p => p.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}
