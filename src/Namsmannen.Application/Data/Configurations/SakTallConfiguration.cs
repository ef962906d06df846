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
