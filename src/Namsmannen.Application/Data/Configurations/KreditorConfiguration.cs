using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class KreditorConfiguration : IEntityTypeConfiguration<Kreditor>
{
    public void Configure(EntityTypeBuilder<Kreditor> builder)
    {
        builder.ToTable("kreditorer");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Navn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Organisasjonsnummer).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.HasIndex(k => k.Organisasjonsnummer).IsUnique();
        builder.Property(k => k.Kontonummer).HasMaxLength(11).IsFixedLength();
        builder.Property(k => k.Malform).HasConversion<string>().HasMaxLength(10).HasDefaultValue(Domain.Parter.Malform.Bokmal).HasSentinel(Domain.Parter.Malform.Bokmal);
        builder.Property(k => k.Adresse).HasMaxLength(200).HasDefaultValue(string.Empty);
        builder.Property(k => k.Postnummer).HasMaxLength(4).HasDefaultValue(string.Empty);
        builder.Property(k => k.Poststed).HasMaxLength(100).HasDefaultValue(string.Empty);
    }
}
