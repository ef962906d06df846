using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class ArbeidsgiverNokkelConfiguration : IEntityTypeConfiguration<ArbeidsgiverNokkel>
{
    public void Configure(EntityTypeBuilder<ArbeidsgiverNokkel> builder)
    {
        builder.ToTable("arbeidsgiver_nokler");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Orgnr).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.Property(k => k.Navn).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Prefiks).HasMaxLength(20).IsRequired();
        builder.HasIndex(k => k.Prefiks).IsUnique();
        builder.Property(k => k.Hash).IsRequired();
        builder.Property(k => k.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.TilbakekaltAvNavn).HasMaxLength(200);
        builder.HasIndex(k => k.Orgnr);
    }
}
