using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

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
