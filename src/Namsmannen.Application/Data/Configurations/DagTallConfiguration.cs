using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

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
