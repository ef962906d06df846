using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SamordningVannmerkeConfiguration : IEntityTypeConfiguration<SamordningVannmerke>
{
    public void Configure(EntityTypeBuilder<SamordningVannmerke> builder)
    {
        builder.ToTable("samordning_vannmerke");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
