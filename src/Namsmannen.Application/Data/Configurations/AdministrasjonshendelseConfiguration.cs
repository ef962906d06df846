using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Administrasjon;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class AdministrasjonshendelseConfiguration : IEntityTypeConfiguration<Administrasjonshendelse>
{
    public void Configure(EntityTypeBuilder<Administrasjonshendelse> builder)
    {
        builder.ToTable("administrasjonslogg");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Type).HasMaxLength(40).IsRequired();
        builder.Property(h => h.Gjelder).HasMaxLength(500).IsRequired();
        builder.Property(h => h.Beskrivelse).HasMaxLength(2000).IsRequired();
        builder.Property(h => h.UtfortAv).HasMaxLength(450);
        builder.Property(h => h.UtfortAvNavn).HasMaxLength(200).IsRequired();
        builder.HasIndex(h => new { h.Gjelder, h.Id });
    }
}
