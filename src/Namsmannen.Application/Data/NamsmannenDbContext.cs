using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data;

/// <param name="journal">Writes the facts every saved case raised (<see cref="Data.Journal"/>); a context made without one, for tools, refuses to save them.</param>
public sealed class NamsmannenDbContext(DbContextOptions<NamsmannenDbContext> options, Journal? journal = null) : IdentityDbContext<Bruker>(options), IDataProtectionKeyContext
{
    /// <summary>The running number behind every saksnummer (see <see cref="Saksnummer"/>).</summary>
    public const string SaksnummerSekvens = "saksnummer_lopenummer";

    /// <summary>The next <c>@antall</c> running numbers, in one statement, for writers that number many cases at once.</summary>
    public const string LopenumreSql = $"SELECT nextval('{SaksnummerSekvens}') FROM generate_series(1, @antall)";

    /// <summary>A shadow property of a case: the debtor's name as the creditor wrote it (the creditor's view shows this).</summary>
    public const string InnsendtSkyldnernavn = nameof(InnsendtSkyldnernavn);

    /// <summary>The begjæring as the creditor sent it (every field but referanse), to tell a replay from a changed claim (issue 12, H6).</summary>
    public const string InnsendtInnhold = nameof(InnsendtInnhold);

    public DbSet<Kreditor> Kreditorer => Set<Kreditor>();

    public DbSet<Skyldner> Skyldnere => Set<Skyldner>();

    public DbSet<Sak> Saker => Set<Sak>();

    public DbSet<SaksHendelse> SaksHendelser => Set<SaksHendelse>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance (table <c>data_protection_nokler</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Frist> Frister => Set<Frist>();

    public DbSet<Domain.Penger.Kontopost> Kontoposter => Set<Domain.Penger.Kontopost>();

    public DbSet<Innbetalinger.Innbetalingsfil> Innbetalingsfiler => Set<Innbetalinger.Innbetalingsfil>();

    public DbSet<Innbetalinger.Innbetaling> Innbetalinger => Set<Innbetalinger.Innbetaling>();

    public DbSet<Utbetalinger.Utbetaling> Utbetalinger => Set<Utbetalinger.Utbetaling>();

    public DbSet<Utbetalinger.Utbetalingskjoring> Utbetalingskjoringer => Set<Utbetalinger.Utbetalingskjoring>();

    public DbSet<Formuesgode> Formuesgoder => Set<Formuesgode>();

    public DbSet<Registrering> Registreringer => Set<Registrering>();

    public DbSet<FordelingForslag> Fordelinger => Set<FordelingForslag>();

    public DbSet<Trekkvedtak> Trekk => Set<Trekkvedtak>();

    public DbSet<Domain.Trekkordning.Trekkpalegg> Trekkpalegg => Set<Domain.Trekkordning.Trekkpalegg>();

    public DbSet<Domain.Trekkordning.Trekkversjon> Trekkversjoner => Set<Domain.Trekkordning.Trekkversjon>();

    public DbSet<Utlegg.Trekkperiode> Trekkperioder => Set<Utlegg.Trekkperiode>();

    public DbSet<Utlegg.Trekkberegning> Trekkberegninger => Set<Utlegg.Trekkberegning>();

    public DbSet<Utlegg.Trekkomregning> Trekkomregninger => Set<Utlegg.Trekkomregning>();

    public DbSet<Utlegg.TrekkomregningLinje> TrekkomregningLinjer => Set<Utlegg.TrekkomregningLinje>();

    public DbSet<Utlegg.SamordnetOverlevering> SamordnetOverleveringer => Set<Utlegg.SamordnetOverlevering>();

    public DbSet<Utlegg.SamordningVannmerke> SamordningVannmerker => Set<Utlegg.SamordningVannmerke>();

    public DbSet<Betaling> Betalinger => Set<Betaling>();

    public DbSet<Klage> Klager => Set<Klage>();

    public DbSet<Portal.ApiNokkel> ApiNokler => Set<Portal.ApiNokkel>();

    public DbSet<Portal.ArbeidsgiverNokkel> ArbeidsgiverNokler => Set<Portal.ArbeidsgiverNokkel>();

    public DbSet<Portal.Innsending> Innsendinger => Set<Portal.Innsending>();

    public DbSet<Portal.Idempotensnokkel> Idempotensnokler => Set<Portal.Idempotensnokkel>();

    public DbSet<Portal.Innsendingsdel> Innsendingsdeler => Set<Portal.Innsendingsdel>();

    public DbSet<Portal.KreditorHendelse> KreditorHendelser => Set<Portal.KreditorHendelse>();

    public DbSet<Portal.Vedlegg> Vedlegg => Set<Portal.Vedlegg>();

    public DbSet<Statistikk.SakTall> SakTall => Set<Statistikk.SakTall>();

    public DbSet<Statistikk.DagTall> DagTall => Set<Statistikk.DagTall>();

    public DbSet<Navneord> Navneord => Set<Navneord>();

    /// <summary>The outbox: every outgoing message, written with the fact that caused it (issue 18).</summary>
    public DbSet<Utboks.Utsending> Utsendinger => Set<Utboks.Utsending>();

    /// <summary>The cases' letters (<see cref="Sak.Brev"/>); their text and PDF are in <see cref="Brevfiler"/>.</summary>
    public DbSet<Brev> Brev => Set<Brev>();

    /// <summary>Each sent letter's HTML and PDF.</summary>
    public DbSet<Brevarkiv.Brevfil> Brevfiler => Set<Brevarkiv.Brevfil>();

    public DbSet<Utboks.Utsendingsforsok> Utsendingsforsok => Set<Utboks.Utsendingsforsok>();

    /// <summary>The rate tables' dated rows (issue 20), administered in <c>/admin/satser</c>; read through <see cref="Satser.Satsregister"/>.</summary>
    public DbSet<Administrasjon.Satsrad> Satsrader => Set<Administrasjon.Satsrad>();

    /// <summary>The administrators' append-only audit log: rates and users.</summary>
    public DbSet<Administrasjon.Administrasjonshendelse> Administrasjonslogg => Set<Administrasjon.Administrasjonshendelse>();

    /// <summary>Who looked up which debtor (issue 12, M8), append-only; read by administrators in <c>/admin/oppslag</c>.</summary>
    public DbSet<Administrasjon.Oppslag> Oppslagslogg => Set<Administrasjon.Oppslag>();

    /// <summary>Deletion notices asked for by closings in this unit of work (<see cref="Utlegg.Slettemeldinger"/>).</summary>
    internal List<Utlegg.Slettemeldinger.Bestilling> Slettebestillinger { get; } = [];

    /// <summary>The journal of this unit of work, for facts about a case that was not loaded.</summary>
    public Journal Journal => journal ?? throw new InvalidOperationException("Denne konteksten har ingen journal og kan ikke lagre endringer i saker.");

    /// <summary>Throws away what this unit of work tracked and noted, before a command runs again from the start.</summary>
    public void Forkast()
    {
        ChangeTracker.Clear();
        Slettebestillinger.Clear();
        journal?.Forkast();
    }

    /// <summary>Writes the journal's rows (audit, status feed, deletion notices) and saves them with the change, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (journal is null)
        {
            IngenUskrevne();
        }
        else
        {
            journal.Skriv(this);
            await Utlegg.Slettemeldinger.SkrivAsync(this, cancellationToken);
            journal.Skriv(this);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        IngenUskrevne();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Refuses to save a case's facts without writing them: a change with no audit line must not be stored.</summary>
    private void IngenUskrevne()
    {
        if (Data.Journal.HarUskrevne(this, journal) || Slettebestillinger.Count > 0)
        {
            throw new InvalidOperationException("Endringer i saker lagres bare med SaveChangesAsync i en kontekst med journal, så revisjonsloggen følger med.");
        }
    }

    /// <summary>
    /// Keeps the connection for the rest of the unit of work. A read of many statements (the case page has about
    /// fifteen) then takes it from the pool once instead of once per statement, and PostgreSQL resets the session once
    /// instead of before each of them. Closed with the context.
    /// </summary>
    public Task HoldTilkoblingenAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    /// <summary>Takes the next saksnummer for a case received on <paramref name="dato"/>.</summary>
    public async Task<Saksnummer> NesteSaksnummerAsync(DateOnly dato, CancellationToken cancellationToken)
    {
        var next = await Database.SqlQueryRaw<long>($"SELECT nextval('{SaksnummerSekvens}') AS \"Value\"").SingleAsync(cancellationToken);
        return Saksnummer.Create(dato, next);
    }

    /// <summary>
    /// The one configuration of the context, for the app, the tests, the benchmarks and <c>dotnet ef</c>: PostgreSQL,
    /// and snake_case names for every table, column, key and index (EFCore.NamingConventions).
    /// </summary>
    public static DbContextOptionsBuilder Konfigurer(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(NamsmannenDbContext).Assembly.GetName().Name))
        .UseSnakeCaseNamingConvention()
        .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository, Migrasjonshistorikk>();

    /// <summary>
    /// The same few dozen statements run on every request (the queue, the case page, the dashboard): Npgsql prepares
    /// them once per connection, so PostgreSQL plans each once instead of on every call (about 1 ms each), unless the
    /// connection string says otherwise. For the app's primary and its read replica alike.
    /// </summary>
    public static string MedForberedteSporringer(string connectionString)
    {
        if (connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    /// <summary>A context of its own on <paramref name="connectionString"/>, for tools and tests outside the container.</summary>
    public static NamsmannenDbContext Opprett(string connectionString) =>
        new((DbContextOptions<NamsmannenDbContext>)Konfigurer(new DbContextOptionsBuilder<NamsmannenDbContext>(), connectionString).Options);

    /// <summary>
    /// A case's facts are not stored as themselves: the journal writes them as audit and feed rows. An amount is stored
    /// through <see cref="Belopkonvertering"/>, wherever it is.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.IgnoreAny<Sakshendelse>();
        configurationBuilder.Properties<Domain.Penger.Belop>().HaveConversion<Belopkonvertering>().HavePrecision(14, 2);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables and three indexes itself; the naming convention leaves names set explicitly alone.
        builder.Entity<Bruker>(b =>
        {
            b.ToTable("asp_net_users");
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("email_index");
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("user_name_index");
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>(b =>
        {
            b.ToTable("asp_net_roles");
            b.HasIndex(r => r.NormalizedName).HasDatabaseName("role_name_index");
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("asp_net_user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("asp_net_user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("asp_net_user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("asp_net_user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("asp_net_role_claims");
        builder.HasSequence<long>(SaksnummerSekvens);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(NamsmannenDbContext).Assembly);
    }
}
