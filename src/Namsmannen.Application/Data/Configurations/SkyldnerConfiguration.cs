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
        // Search by name: a trigram index answers ILIKE '%…%' without scanning every debtor.
        builder.HasIndex(s => s.Navn).HasDatabaseName("ix_skyldnere_navn_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
