using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class DataProtectionNokkelConfiguration : IEntityTypeConfiguration<DataProtectionNokkel>
{
    public void Configure(EntityTypeBuilder<DataProtectionNokkel> builder)
    {
        builder.ToTable("data_protection_nokler");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).UseIdentityByDefaultColumn();
        builder.Property(k => k.Xml).IsRequired();
    }
}
