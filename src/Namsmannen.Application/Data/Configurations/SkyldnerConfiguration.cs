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
        builder.Property(s => s.Malform).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(s => s.MaskertIdentifikator);
        builder.OwnsOne(s => s.Husstand, h =>
        {
            h.Property(x => x.NettoInntektPerManed).HasColumnName("husstand_netto_inntekt").HasPrecision(14, 2);
            h.Property(x => x.GiftEllerSamboer).HasColumnName("husstand_gift_eller_samboer");
            h.Property(x => x.PartnerHarEgenInntekt).HasColumnName("husstand_partner_har_egen_inntekt");
            h.Property(x => x.BarnAlder).HasColumnName("husstand_barn_alder").HasMaxLength(100);
            h.Property(x => x.Boutgifter).HasColumnName("husstand_boutgifter").HasPrecision(14, 2);
            h.Property(x => x.SarligeUtgifter).HasColumnName("husstand_sarlige_utgifter").HasPrecision(14, 2);
            h.Property(x => x.Dokumentert).HasColumnName("husstand_dokumentert");
        });
        builder.HasIndex(s => s.Identifikator).IsUnique();
        // Search by name: a trigram index answers ILIKE '%…%' without scanning every debtor.
        builder.HasIndex(s => s.Navn).HasDatabaseName("ix_skyldnere_navn_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
