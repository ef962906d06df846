using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Administrasjon;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class OppslagConfiguration : IEntityTypeConfiguration<Oppslag>
{
    public void Configure(EntityTypeBuilder<Oppslag> builder)
    {
        builder.ToTable("oppslagslogg");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).UseIdentityAlwaysColumn();
        builder.Property(o => o.Art).HasMaxLength(40).IsRequired();
        builder.Property(o => o.UtfortAv).HasMaxLength(450);
        builder.Property(o => o.UtfortAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Kontor).HasMaxLength(40);
        builder.HasIndex(o => new { o.SkyldnerId, o.Id });
    }
}
