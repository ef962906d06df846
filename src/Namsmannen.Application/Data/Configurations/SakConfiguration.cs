using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SakConfiguration : IEntityTypeConfiguration<Sak>
{

    public void Configure(EntityTypeBuilder<Sak> builder)
    {
        // The closing day is set exactly when the case stands at a closed stage: the figures of age and throughput rely on it.
        builder.ToTable("saker", t => t.HasCheckConstraint("ck_saker_avsluttet", "(avsluttet IS NULL) = (stadium NOT IN ('Avvist', 'Henlagt', 'Avsluttet'))"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Saksnummer).HasMaxLength(20).IsRequired();
        builder.HasIndex(s => s.Saksnummer).IsUnique();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Stadium).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Kontor).HasMaxLength(20).IsRequired();
        builder.Ignore(s => s.Krav);
        builder.Ignore(s => s.Utestaende);
        builder.Ignore(s => s.Konto);
        builder.Ignore(s => s.Rekkefolge);
        builder.Property(s => s.Tillegg).HasDefaultValue(Belop.Null);
        builder.Property(s => s.Overbetalt).HasDefaultValue(Belop.Null);
        builder.Property(s => s.ForrigeStadium).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(s => s.ErLukket);
        builder.Ignore(s => s.TillatteHandlinger);
        builder.Ignore(s => s.Hendelser);
        builder.Ignore(s => s.Stadiumendringer);
        builder.Ignore(s => s.Tvangskraft);
        builder.OwnsOne(s => s.Grunnlag, g =>
        {
            g.Property(x => x.Type).HasColumnName("grunnlag_type").HasConversion<string>().HasMaxLength(40);
            g.Property(x => x.Forkynt).HasColumnName("grunnlag_forkynt");
            g.Property(x => x.Oppfyllelsesfrist).HasColumnName("grunnlag_oppfyllelsesfrist");
            g.Property(x => x.Forfall).HasColumnName("grunnlag_forfall");
        });
        builder.Navigation(s => s.Grunnlag).IsRequired();
        builder.Property(s => s.KreditorReferanse).HasMaxLength(100).IsRequired();
        // The debtor's name as the creditor wrote it, for the creditor's own view of the case (the debtor row may hold more).
        builder.Property<string?>(NamsmannenDbContext.InnsendtSkyldnernavn).HasMaxLength(200);
        builder.Property<string?>(NamsmannenDbContext.InnsendtInnhold).HasColumnType("jsonb");
        builder.HasIndex(s => new { s.KreditorId, s.KreditorReferanse }).IsUnique();
        builder.HasIndex(s => new { s.SaksbehandlerId, s.Stadium });
        builder.HasIndex(s => s.SkyldnerId);
        // The work queue pages by (mottatt, saksnummer) with a keyset, so page 10 000 costs what page 1 does.
        builder.HasIndex(s => new { s.Mottatt, s.Saksnummer });
        // A supervisor's list is one office's cases at one stage, by the same keyset.
        builder.HasIndex(s => new { s.Kontor, s.Stadium, s.Mottatt, s.Saksnummer });
        // The creditor portal pages its own cases newest first by the same keyset.
        builder.HasIndex(s => new { s.KreditorId, s.Mottatt, s.Saksnummer });
        builder.Property(s => s.Avregningsrekkefolge).HasMaxLength(60);
        builder.Property(s => s.RettsligHold).HasMaxLength(Sak.HoldgrunnMaksLengde);
        // The retention job (issue 20) looks only at closed cases not yet done with, by the day they closed.
        builder.HasIndex(s => s.Avsluttet).HasDatabaseName("ix_saker_oppbevaring").HasFilter("avsluttet IS NOT NULL AND anonymisert IS NULL");
        builder.Property(s => s.Versjon).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();

        builder.HasOne<Kreditor>().WithMany().HasForeignKey(s => s.KreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Skyldner>().WithMany().HasForeignKey(s => s.SkyldnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bruker>().WithMany().HasForeignKey(s => s.SaksbehandlerId).OnDelete(DeleteBehavior.SetNull);
    }
}
