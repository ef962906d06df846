using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FristConfiguration : IEntityTypeConfiguration<Frist>
{
    public void Configure(EntityTypeBuilder<Frist> builder)
    {
        builder.ToTable("frister");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Type).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Beskrivelse).HasMaxLength(300).IsRequired();
        builder.HasIndex(f => new { f.Oppfylt, f.Dato });
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FormuesgodeConfiguration : IEntityTypeConfiguration<Formuesgode>
{
    public void Configure(EntityTypeBuilder<Formuesgode> builder)
    {
        builder.ToTable("formuesgoder");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Type).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Beskrivelse).HasMaxLength(300).IsRequired();
        builder.Property(f => f.Verdi).HasPrecision(14, 2);
        builder.Property(f => f.Verdict).HasMaxLength(30).IsRequired();
        builder.Property(f => f.BeslagsfrittBelop).HasPrecision(14, 2);
        builder.Property(f => f.Begrunnelse).HasMaxLength(500).IsRequired();
        builder.Property(f => f.OverstyrtBegrunnelse).HasMaxLength(500);
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegistreringConfiguration : IEntityTypeConfiguration<Registrering>
{
    public void Configure(EntityTypeBuilder<Registrering> builder)
    {
        builder.ToTable("registreringer");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Register).HasMaxLength(30).IsRequired();
        builder.Property(r => r.Utfall).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Sletting).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(r => r.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Formuesgode>().WithMany().HasForeignKey(r => r.FormuesgodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FordelingForslagConfiguration : IEntityTypeConfiguration<FordelingForslag>
{
    public void Configure(EntityTypeBuilder<FordelingForslag> builder)
    {
        builder.ToTable("fordelinger");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Salgssum).HasPrecision(14, 2);
        builder.Property(f => f.Salgsomkostninger).HasPrecision(14, 2);
        builder.Property(f => f.Rettsgebyr).HasPrecision(14, 2);
        builder.Property(f => f.RegistrertAvId).IsRequired();
        builder.Property(f => f.RegistrertAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(f => f.GodkjentAvNavn).HasMaxLength(200);
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Linjer).WithOne().HasForeignKey(l => l.FordelingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FordelingForslagLinjeConfiguration : IEntityTypeConfiguration<FordelingForslagLinje>
{
    public void Configure(EntityTypeBuilder<FordelingForslagLinje> builder)
    {
        builder.ToTable("fordelingslinjer");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.Mottaker).HasMaxLength(100).IsRequired();
        builder.Property(l => l.Belop).HasPrecision(14, 2);
        builder.Property(l => l.Udekket).HasPrecision(14, 2);
        builder.HasIndex(l => new { l.FordelingId, l.Rekkefolge }).IsUnique();
    }
}

internal sealed class TrekkConfiguration : IEntityTypeConfiguration<Trekk>
{
    public void Configure(EntityTypeBuilder<Trekk> builder)
    {
        builder.ToTable("utleggstrekk");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ArbeidsgiverOrgnr).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.Property(t => t.BelopPerManed).HasPrecision(14, 2);
        builder.Property(t => t.Kravklasse).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Beregning).HasColumnType("jsonb").IsRequired();
        builder.HasIndex(t => t.SakId).IsUnique();
        builder.HasIndex(t => t.SkyldnerId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(t => t.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Namsmannen.Domain.Parter.Skyldner>().WithMany().HasForeignKey(t => t.SkyldnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BetalingConfiguration : IEntityTypeConfiguration<Betaling>
{
    public void Configure(EntityTypeBuilder<Betaling> builder)
    {
        builder.ToTable("betalinger");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).UseIdentityAlwaysColumn();
        builder.Property(b => b.Belop).HasPrecision(14, 2);
        builder.Property(b => b.RegistrertAvNavn).HasMaxLength(200).IsRequired();
        builder.HasIndex(b => b.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(b => b.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KlageConfiguration : IEntityTypeConfiguration<Klage>
{
    public void Configure(EntityTypeBuilder<Klage> builder)
    {
        builder.ToTable("klager");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).UseIdentityAlwaysColumn();
        builder.Property(k => k.Gjelder).HasMaxLength(40).IsRequired();
        builder.Property(k => k.Innhold).HasMaxLength(800).IsRequired();
        builder.Property(k => k.Avgjorelse).HasMaxLength(800);
        builder.HasIndex(k => k.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
