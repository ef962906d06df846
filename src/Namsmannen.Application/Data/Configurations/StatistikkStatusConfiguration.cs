using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class StatistikkStatusConfiguration : IEntityTypeConfiguration<StatistikkStatus>
{
    public void Configure(EntityTypeBuilder<StatistikkStatus> builder)
    {
        builder.ToTable("statistikk_status");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
