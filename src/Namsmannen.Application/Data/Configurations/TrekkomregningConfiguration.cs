using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;

namespace Namsmannen.Application.Data.Configurations;

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
