using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SakTallConfiguration : IEntityTypeConfiguration<SakTall>
{
    public void Configure(EntityTypeBuilder<SakTall> builder)
    {
        builder.ToTable("statistikk_saker");
        builder.HasKey(t => new { t.Kontor, t.Dimensjon, t.Verdi });
        Kolonner(builder);
    }

    /// <summary>The columns the sums and their pending changes share.</summary>
    internal static void Kolonner<T>(EntityTypeBuilder<T> builder)
        where T : SakTallVerdier
    {
        builder.Property(t => t.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Dimensjon).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Verdi).HasMaxLength(80).IsRequired();
        // Unconstrained: no number of cases can overflow a sum and stop the fold (issue 12, H2).
        builder.Property(t => t.Krav).HasColumnType("numeric");
        builder.Property(t => t.Innbetalt).HasColumnType("numeric");
    }
}

internal sealed class SakTallEndringConfiguration : IEntityTypeConfiguration<SakTallEndring>
{
    public void Configure(EntityTypeBuilder<SakTallEndring> builder)
    {
        builder.ToTable("statistikk_saker_endringer");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        SakTallConfiguration.Kolonner(builder);
    }
}

internal sealed class DagTallConfiguration : IEntityTypeConfiguration<DagTall>
{
    public void Configure(EntityTypeBuilder<DagTall> builder)
    {
        builder.ToTable("statistikk_dager");
        builder.HasKey(t => new { t.Kontor, t.Dato });
        Kolonner(builder);
    }

    /// <summary>The columns the sums and their pending changes share.</summary>
    internal static void Kolonner<T>(EntityTypeBuilder<T> builder)
        where T : DagTallVerdier
    {
        builder.Property(t => t.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Fordelt).HasColumnType("numeric");
    }
}

internal sealed class DagTallEndringConfiguration : IEntityTypeConfiguration<DagTallEndring>
{
    public void Configure(EntityTypeBuilder<DagTallEndring> builder)
    {
        builder.ToTable("statistikk_dager_endringer");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        DagTallConfiguration.Kolonner(builder);
    }
}

internal sealed class StatistikkStatusConfiguration : IEntityTypeConfiguration<StatistikkStatus>
{
    public void Configure(EntityTypeBuilder<StatistikkStatus> builder)
    {
        builder.ToTable("statistikk_status");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}

internal sealed class NavneordConfiguration : IEntityTypeConfiguration<Navneord>
{
    public void Configure(EntityTypeBuilder<Navneord> builder)
    {
        builder.ToTable("saker_navneord");
        builder.HasKey(w => new { w.Ord, w.Mottatt, w.Saksnummer });
        builder.Property(w => w.Ord).HasMaxLength(100);
        builder.Property(w => w.Saksnummer).HasMaxLength(20);
    }
}
