using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utboks;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class UtsendingsforsokConfiguration : IEntityTypeConfiguration<Utsendingsforsok>
{
    public void Configure(EntityTypeBuilder<Utsendingsforsok> builder)
    {
        builder.ToTable("utsendingsforsok");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Utfall).HasMaxLength(500).IsRequired();
        builder.HasIndex(f => f.UtsendingId);
        builder.HasOne<Utsending>().WithMany().HasForeignKey(f => f.UtsendingId).OnDelete(DeleteBehavior.Cascade);
    }
}
