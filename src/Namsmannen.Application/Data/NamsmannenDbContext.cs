using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data;

public sealed class NamsmannenDbContext(DbContextOptions<NamsmannenDbContext> options) : IdentityDbContext<Bruker>(options)
{
    /// <summary>The running number behind every saksnummer (see <see cref="Saksnummer"/>).</summary>
    public const string SaksnummerSekvens = "saksnummer_lopenummer";

    /// <summary>A shadow property of a case: the debtor's name as the creditor wrote it (the creditor's view shows this).</summary>
    public const string InnsendtSkyldnernavn = nameof(InnsendtSkyldnernavn);

    /// <summary>The begjæring as the creditor sent it (every field but referanse), to tell a replay from a changed claim (issue 12, H6).</summary>
    public const string InnsendtInnhold = nameof(InnsendtInnhold);

    public DbSet<Kreditor> Kreditorer => Set<Kreditor>();

    public DbSet<Skyldner> Skyldnere => Set<Skyldner>();

    public DbSet<Sak> Saker => Set<Sak>();

    public DbSet<SaksHendelse> SaksHendelser => Set<SaksHendelse>();

    public DbSet<DataProtectionNokkel> DataProtectionNokler => Set<DataProtectionNokkel>();

    public DbSet<Utlegg.Frist> Frister => Set<Utlegg.Frist>();

    public DbSet<Utlegg.Formuesgode> Formuesgoder => Set<Utlegg.Formuesgode>();

    public DbSet<Utlegg.Registrering> Registreringer => Set<Utlegg.Registrering>();

    public DbSet<Utlegg.FordelingForslag> Fordelinger => Set<Utlegg.FordelingForslag>();

    public DbSet<Utlegg.Trekk> Trekk => Set<Utlegg.Trekk>();

    public DbSet<Utlegg.Betaling> Betalinger => Set<Utlegg.Betaling>();

    public DbSet<Utlegg.Klage> Klager => Set<Utlegg.Klage>();

    public DbSet<Portal.ApiNokkel> ApiNokler => Set<Portal.ApiNokkel>();

    public DbSet<Portal.Innsending> Innsendinger => Set<Portal.Innsending>();

    public DbSet<Portal.Idempotensnokkel> Idempotensnokler => Set<Portal.Idempotensnokkel>();

    public DbSet<Portal.Innsendingsdel> Innsendingsdeler => Set<Portal.Innsendingsdel>();

    public DbSet<Portal.KreditorHendelse> KreditorHendelser => Set<Portal.KreditorHendelse>();

    public DbSet<Portal.Vedlegg> Vedlegg => Set<Portal.Vedlegg>();

    public DbSet<Statistikk.SakTall> SakTall => Set<Statistikk.SakTall>();

    public DbSet<Statistikk.DagTall> DagTall => Set<Statistikk.DagTall>();

    public DbSet<Navneord> Navneord => Set<Navneord>();

    /// <summary>Deletion notices asked for by closings in this unit of work (<see cref="Utlegg.Slettemeldinger"/>).</summary>
    internal List<Utlegg.Slettemeldinger.Bestilling> Slettebestillinger { get; } = [];

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Utlegg.Slettemeldinger.SkrivAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => Slettebestillinger.Count == 0
        ? base.SaveChanges(acceptAllChangesOnSuccess)
        : throw new InvalidOperationException("Slettemeldinger skrives bare med SaveChangesAsync.");

    /// <summary>Takes the next saksnummer for a case received on <paramref name="dato"/>.</summary>
    public async Task<Saksnummer> NesteSaksnummerAsync(DateOnly dato, CancellationToken cancellationToken)
    {
        var next = await Database.SqlQueryRaw<long>($"SELECT nextval('{SaksnummerSekvens}') AS \"Value\"").SingleAsync(cancellationToken);
        return Saksnummer.Create(dato, next);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasSequence<long>(SaksnummerSekvens);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(NamsmannenDbContext).Assembly);
        SnakeCaseNames.Apply(builder.Model);
    }
}
