using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
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
        builder.HasOne<Trekkvedtak>().WithOne().HasForeignKey<Trekkpalegg>(t => t.Id).OnDelete(DeleteBehavior.Restrict);
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
        // The missing-remittance check reads only the months still short and not yet followed up, in its order; a month
        // paid in full leaves the index, so it does not grow with the years of history.
        builder.HasIndex(p => new { p.Oppfolgingsdag, p.TrekkId }).HasFilter("mangel_meldt IS NULL AND mottatt < forventet").HasDatabaseName("ix_trekkperioder_apne");
        builder.HasOne<Trekkpalegg>().WithMany().HasForeignKey(p => p.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class TrekkomregningConfiguration : IEntityTypeConfiguration<Trekkomregning>
{
    public void Configure(EntityTypeBuilder<Trekkomregning> builder)
    {
        builder.ToTable("trekkomregninger");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        // One recalculation per rate row, however many instances run the job.
        builder.HasIndex(o => o.SatserFra).IsUnique();
    }
}

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

internal sealed class SamordnetOverleveringConfiguration : IEntityTypeConfiguration<SamordnetOverlevering>
{
    public void Configure(EntityTypeBuilder<SamordnetOverlevering> builder)
    {
        builder.ToTable("samordnet_overleveringer");
        builder.HasKey(o => o.TrekkId);
        builder.Property(o => o.Saksnummer).HasMaxLength(20).IsRequired();
        builder.Property(o => o.Referanse).HasMaxLength(100);
        builder.Property(o => o.Avvist).HasMaxLength(500);
        builder.HasOne<Trekkpalegg>().WithOne().HasForeignKey<SamordnetOverlevering>(o => o.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SamordningVannmerkeConfiguration : IEntityTypeConfiguration<SamordningVannmerke>
{
    public void Configure(EntityTypeBuilder<SamordningVannmerke> builder)
    {
        builder.ToTable("samordning_vannmerke");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
