using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class ApiNokkelConfiguration : IEntityTypeConfiguration<ApiNokkel>
{
    public void Configure(EntityTypeBuilder<ApiNokkel> builder)
    {
        builder.ToTable("api_nokler");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Navn).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Prefiks).HasMaxLength(20).IsRequired();
        builder.HasIndex(k => k.Prefiks).IsUnique();
        builder.Property(k => k.Hash).IsRequired();
        builder.Property(k => k.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.TilbakekaltAvNavn).HasMaxLength(200);
        builder.HasIndex(k => k.KreditorId);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(k => k.KreditorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InnsendingConfiguration : IEntityTypeConfiguration<Innsending>
{
    public void Configure(EntityTypeBuilder<Innsending> builder)
    {
        builder.ToTable("innsendinger");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kanal).HasMaxLength(10).IsRequired();
        builder.Property(i => i.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Status).HasMaxLength(20).IsRequired();
        builder.Property(i => i.Filnavn).HasMaxLength(200);
        builder.Property(i => i.Feilmelding).HasMaxLength(1000);
        builder.HasIndex(i => new { i.KreditorId, i.Opprettet });
        // The CSV worker picks up waiting files; the partial index stays tiny however many batches there are.
        builder.HasIndex(i => i.Opprettet).HasDatabaseName("ix_innsendinger_venter").HasFilter("status IN ('VENTER', 'BEHANDLES')");
        builder.Property(i => i.Forsok).HasDefaultValue(0);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(i => i.KreditorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiKvoteConfiguration : IEntityTypeConfiguration<ApiKvote>
{
    public void Configure(EntityTypeBuilder<ApiKvote> builder)
    {
        builder.ToTable("api_kvoter");
        builder.HasKey(k => k.KreditorId);
        builder.Property(k => k.KreditorId).ValueGeneratedNever();
    }
}

internal sealed class IdempotensnokkelConfiguration : IEntityTypeConfiguration<Idempotensnokkel>
{
    public void Configure(EntityTypeBuilder<Idempotensnokkel> builder)
    {
        builder.ToTable("idempotensnokler");
        builder.HasKey(k => new { k.KreditorId, k.Nokkel });
        builder.Property(k => k.Nokkel).HasMaxLength(100);
        builder.Property(k => k.Sti).HasMaxLength(200).IsRequired();
        builder.Property(k => k.ForesporselHash).IsRequired();
        // Text, not jsonb: a replay is the same bytes as the first answer.
        builder.Property(k => k.Svar).HasColumnType("text");
        builder.HasIndex(k => k.Opprettet);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(k => k.KreditorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InnsendingsdelConfiguration : IEntityTypeConfiguration<Innsendingsdel>
{
    public void Configure(EntityTypeBuilder<Innsendingsdel> builder)
    {
        builder.ToTable("innsendingsdeler");
        builder.HasKey(d => new { d.InnsendingId, d.Nummer });
        builder.Property(d => d.Kvitteringer).HasColumnType("jsonb").IsRequired();
        builder.HasOne<Innsending>().WithMany().HasForeignKey(d => d.InnsendingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KreditorHendelseConfiguration : IEntityTypeConfiguration<KreditorHendelse>
{
    public void Configure(EntityTypeBuilder<KreditorHendelse> builder)
    {
        builder.ToTable("kreditor_hendelser");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Saksnummer).HasMaxLength(20).IsRequired();
        builder.Property(h => h.Referanse).HasMaxLength(100).IsRequired();
        builder.Property(h => h.Type).HasMaxLength(60).IsRequired();
        builder.Property(h => h.Stadium).HasMaxLength(30).IsRequired();
        // Unconstrained: a sum never overflows the feed (issue 12, H2).
        builder.Property(h => h.Krav).HasColumnType("numeric");
        builder.Property(h => h.Innbetalt).HasColumnType("numeric");
        builder.HasIndex(h => h.Sekvens).IsUnique();
        builder.HasIndex(h => new { h.KreditorId, h.Sekvens });
        builder.HasIndex(h => h.Id).HasDatabaseName("ix_kreditor_hendelser_usekvensert").HasFilter("sekvens IS NULL");
        builder.HasIndex(h => h.SakId);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(h => h.KreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(h => h.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VedleggConfiguration : IEntityTypeConfiguration<Vedlegg>
{
    public void Configure(EntityTypeBuilder<Vedlegg> builder)
    {
        builder.ToTable("vedlegg");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Filnavn).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Innholdstype).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Innhold).IsRequired();
        builder.Property(v => v.LastetOppAvNavn).HasMaxLength(200).IsRequired();
        builder.HasIndex(v => v.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
