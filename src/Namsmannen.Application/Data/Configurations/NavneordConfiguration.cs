using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Application.Data.Configurations;

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
