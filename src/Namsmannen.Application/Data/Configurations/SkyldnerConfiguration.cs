using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SkyldnerConfiguration : IEntityTypeConfiguration<Skyldner>
{
    public void Configure(EntityTypeBuilder<Skyldner> builder)
    {
        builder.ToTable("skyldnere");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Identifikator).HasMaxLength(11).IsRequired();
        builder.Property(s => s.Navn).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Adresse).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Postnummer).HasMaxLength(4).IsRequired();
        builder.Property(s => s.Poststed).HasMaxLength(100).IsRequired();
        builder.Ignore(s => s.MaskertIdentifikator);
        builder.HasIndex(s => s.Identifikator).IsUnique();
    }
}
