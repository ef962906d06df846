using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

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
