using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Hosting.Demo;

/// <summary>
/// <c>./build.sh seed --cases N</c>: an office-wide data set for trying the system at volume and for the benchmarks.
/// Cases are built through <see cref="Sak.FraHistorikk"/> (so every case satisfies the domain's invariants), with a
/// stage mix that depends on age, skewed amounts, creditors by a long-tailed share and valid identity numbers, then
/// written by binary COPY with an audit line and a status-feed line each, in one transaction: all or nothing.
/// </summary>
public sealed partial class Volumgenerator(NamsmannenDbContext db, UserManager<Bruker> users, TimeProvider clock, ILogger<Volumgenerator> logger)
{
    public const int Del = 100_000;

    /// <summary>Creditors beyond the demo office's four, with their share of the volume (a long tail, as in inkasso).</summary>
    private static readonly string[] EkstraKreditorer =
    [
        "Midgard Inkasso AS", "Polar Kredittservice AS", "Skagerak Finans ASA", "Trøndelag Innkreving AS", "Hålogaland Inkasso AS",
        "Statens vegvesen", "Lånekassen", "Oslo kommune, Bymiljøetaten", "Kraftlaget Nord AS", "Telenett Norge AS",
        "Boligbyggelaget Vest", "Forsikringsselskapet Trygghet", "Bilfinans Norge AS", "Kortkreditt Nordic AB, filial Norge",
        "Tannhelse Sør KF", "Eiendomsforvaltning Bergen AS",
    ];

    public sealed record Resultat(int Saker, int NyeSkyldnere, int Kreditorer, TimeSpan Tid);

    /// <summary>
    /// A COPY of 100 000 cases fires the summary triggers for every row and can outlast the default 30-second command
    /// timeout on a small machine (issue 12, M11); the volume writes get a timeout sized for their work.
    /// </summary>

    public async Task<Resultat> GenererAsync(int antall, Action<string>? framdrift, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(antall, 1);
        var klokke = Stopwatch.StartNew();
        var idag = Oslotid.IDag(clock);
        var naa = clock.GetUtcNow();
        var faker = new Faker("nb_NO") { Random = new Randomizer(antall) };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        var kreditorer = await KreditorerAsync(faker, cancellationToken);
        var saksbehandlere = await SaksbehandlereAsync(faker);
        var brukt = (await db.Skyldnere.Select(s => s.Identifikator).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // About 0.6 debtors per case: many debtors have more than one case, as in real offices.
        var skyldnere = new List<Skyldner>(antall * 6 / 10);
        for (var i = 0; skyldnere.Count < Math.Max(1, antall * 6 / 10); i++)
        {
            var skyldner = DemoSeeder.NySkyldner(faker, i);
            if (brukt.Add(skyldner.Identifikator))
            {
                skyldnere.Add(skyldner);
            }
        }

        await SkrivSkyldnereAsync(connection, skyldnere, cancellationToken);
        framdrift?.Invoke($"{skyldnere.Count:N0} skyldnere skrevet ({klokke.Elapsed.TotalSeconds:0} s)");

        var lopenumre = await LopenumreAsync(connection, antall, cancellationToken);
        var stadier = DemoSeeder.Stadiefordeling.SelectMany(s => Enumerable.Repeat(s.Stadium, s.Vekt)).ToArray();
        var sekvens = await ForsteSekvensAsync(connection, cancellationToken);
        for (var start = 0; start < antall; start += Del)
        {
            var saker = new List<(Sak Sak, string Navn)>(Math.Min(Del, antall - start));
            for (var i = start; i < Math.Min(antall, start + Del); i++)
            {
                saker.Add(NySak(faker, i, idag, stadier, kreditorer, saksbehandlere, skyldnere, lopenumre[i]));
            }

            await Saksskriver.KopierAsync(connection, saker, new Aktor(null, "Volumgenerator"), naa, sekvens + start, cancellationToken);
            await SkrivFristerAsync(connection, saker, cancellationToken);
            framdrift?.Invoke($"{Math.Min(antall, start + Del):N0} av {antall:N0} saker skrevet ({klokke.Elapsed.TotalSeconds:0} s)");
        }

        await transaction.CommitAsync(cancellationToken);
        await Application.Data.Statistikk.Sammendrag.SlaSammenAsync(db, clock, cancellationToken);
        // The pending tables held every change of the load until the fold emptied them; vacuum them now, not later.
        await db.Database.ExecuteSqlRawAsync("VACUUM statistikk_saker_endringer, statistikk_dager_endringer", cancellationToken);
        // A bulk load leaves the name-word index without a visibility map until autovacuum comes by; the search reads
        // it index-only, so vacuum it now.
        await db.Database.ExecuteSqlRawAsync("VACUUM saker_navneord", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        LogGenerert(logger, antall, skyldnere.Count, klokke.Elapsed.TotalSeconds);
        return new Resultat(antall, skyldnere.Count, kreditorer.Count, klokke.Elapsed);
    }

    /// <summary>
    /// One case. Older cases are more often closed; stages that belong to one kind of begjæring get that kind; a
    /// pause remembers where the case stood; a fifth of the new begjæringer wait unassigned; one caseworker carries
    /// twice the load of the others, so the workload view has something to show.
    /// </summary>
    private static (Sak Sak, string Navn) NySak(Faker faker, int i, DateOnly idag, Saksstadium[] stadier, List<(Guid Id, float Andel)> kreditorer, Dictionary<string, string[]> saksbehandlereEtterKontor, List<Skyldner> skyldnere, long lopenummer)
    {
        var alder = (int)Math.Min(900, -Math.Log(1 - faker.Random.Double()) * 120);
        var mottatt = idag.AddDays(-alder);
        var stadium = alder > 200 && faker.Random.Double() < 0.7
            ? faker.Random.WeightedRandom([Saksstadium.Avsluttet, Saksstadium.Henlagt, Saksstadium.Avvist], [0.8f, 0.12f, 0.08f])
            : stadier[faker.Random.Int(0, stadier.Length - 1)];
        var type = stadium switch
        {
            Saksstadium.Tilbakelevering => Begjaringstype.Tilbakelevering,
            Saksstadium.VarselSendt or Saksstadium.Utleggspant or Saksstadium.Utleggstrekk or Saksstadium.IntetTilUtlegg => Begjaringstype.Utlegg,
            Saksstadium.Tvangssalg or Saksstadium.Fordeling => faker.Random.WeightedRandom([Begjaringstype.Utlegg, Begjaringstype.Tvangssalg], [0.7f, 0.3f]),
            _ => faker.Random.WeightedRandom([Begjaringstype.Utlegg, Begjaringstype.Tvangssalg, Begjaringstype.Tilbakelevering], [0.85f, 0.1f, 0.05f]),
        };
        Saksstadium? forrige = stadium switch
        {
            Saksstadium.Utsatt or Saksstadium.Suspendert => type == Begjaringstype.Utlegg ? Saksstadium.VarselSendt : Saksstadium.Godtatt,
            Saksstadium.Klagebehandling => type == Begjaringstype.Utlegg ? Saksstadium.Utleggspant : Saksstadium.Tvangssalg,
            _ => null,
        };

        // Amounts are skewed: most claims are small, a few are large (log-normal around 15 000 kr).
        var hovedstol = Math.Round((decimal)Math.Clamp(Math.Exp(9.6 + (faker.Random.Double() + faker.Random.Double() + faker.Random.Double() - 1.5) * 1.6), 300, 3_000_000), 2);
        var renter = Math.Round(hovedstol * faker.Random.Decimal(0.01m, 0.15m), 2);
        var omkostninger = Math.Round(faker.Random.Decimal(350m, 4_500m), 2);
        var skyldner = skyldnere[(int)(Math.Pow(faker.Random.Double(), 1.3) * skyldnere.Count)];
        var kontor = Kontorinndeling.Finn(skyldner.Postnummer);
        var saksbehandlere = saksbehandlereEtterKontor.GetValueOrDefault(kontor.Kode, []);
        var saksbehandler = stadium == Saksstadium.BegjaringMottatt && faker.Random.Int(0, 4) == 0
            ? null
            : saksbehandlere.Length == 0 ? null : saksbehandlere[faker.Random.Int(0, saksbehandlere.Length) % saksbehandlere.Length];
        var kreditor = faker.Random.WeightedRandom(kreditorer.Select(k => k.Id).ToArray(), kreditorer.Select(k => k.Andel).ToArray());
        var (grunnlag, varsel) = DemoSeeder.NyttGrunnlag(faker, type, mottatt, ugyldig: false);

        // Most closed cases were paid in full before the takeover; some open ones in part. A closed case took some weeks to
        // months (exponential, mean 55 days); one younger than that closed on a day between its receipt and today, so the
        // weeks just past are not piled up on today.
        var betalt = stadium == Saksstadium.Avsluttet && faker.Random.Double() < 0.6;
        DateOnly? avsluttet = Saksforlop.Lukket.Contains(stadium) ? mottatt.AddDays(Varighet(faker, alder, betalt ? 30 : 55)) : null;
        var krav = hovedstol + renter + omkostninger;
        var innbetalt = betalt ? krav : !Saksforlop.Lukket.Contains(stadium) && faker.Random.Double() < 0.15 ? Math.Round(krav * faker.Random.Decimal(0.05m, 0.5m), 2) : 0m;
        var sak = Sak.FraHistorikk(Guid.CreateVersion7(), Saksnummer.Create(mottatt, lopenummer), kreditor, skyldner.Id, kontor, type, hovedstol, renter, omkostninger,
            "VOL-" + i.ToString("0000000", CultureInfo.InvariantCulture), mottatt, grunnlag, varsel, stadium, saksbehandler, forrige, avsluttet, innbetalt);
        return (sak, skyldner.Navn);
    }

    /// <summary>
    /// The caseworkers of each office: at least six, the demo office's own included; the others are generated
    /// without a password (they exist to carry cases, not to log in). The first of each office gets twice the load.
    /// </summary>
    private async Task<Dictionary<string, string[]>> SaksbehandlereAsync(Faker faker)
    {
        var finnes = await users.GetUsersInRoleAsync(Roller.Saksbehandler);
        foreach (var kontor in Kontorinndeling.Alle)
        {
            for (var n = finnes.Count(u => u.Kontor == kontor.Kode) + 1; n <= 6; n++)
            {
                var epost = $"saksbehandler{n}.{kontor.Kode.ToLowerInvariant()}@namsmannen.test";
                var bruker = new Bruker { UserName = epost, Email = epost, EmailConfirmed = true, FulltNavn = faker.Name.FullName(), Kontor = kontor.Kode };
                Sjekk(await users.CreateAsync(bruker));
                Sjekk(await users.AddToRoleAsync(bruker, Roller.Saksbehandler));
            }
        }

        return (await users.GetUsersInRoleAsync(Roller.Saksbehandler))
            .Where(u => u.Kontor is not null)
            .GroupBy(u => u.Kontor!)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray());

        static void Sjekk(IdentityResult resultat)
        {
            if (!resultat.Succeeded)
            {
                throw new InvalidOperationException("Kunne ikke opprette saksbehandler: " + string.Join(" ", resultat.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>Days from receipt to closing: exponential with the given mean, drawn again uniformly if it would pass today.</summary>
    private static int Varighet(Faker faker, int alder, double snitt)
    {
        var dager = (int)(-Math.Log(1 - faker.Random.Double()) * snitt);
        return dager <= alder ? dager : faker.Random.Int(0, alder);
    }

    private async Task<List<(Guid Id, float Andel)>> KreditorerAsync(Faker faker, CancellationToken cancellationToken)
    {
        var finnes = await db.Kreditorer.Select(k => k.Navn).ToListAsync(cancellationToken);
        foreach (var navn in EkstraKreditorer.Where(n => !finnes.Contains(n)))
        {
            db.Kreditorer.Add(new Kreditor(Guid.CreateVersion7(), navn, DemoSeeder.NyttOrganisasjonsnummer(faker), navn.StartsWith("Statens", StringComparison.Ordinal) || navn == "Lånekassen"));
        }

        await db.SaveChangesAsync(cancellationToken);
        // A long tail: the k-th creditor gets a share proportional to 1/k (Zipf), as a few large inkasso firms dominate.
        // The shares sum to 1, as Bogus' WeightedRandom expects.
        var ider = await db.Kreditorer.OrderBy(k => k.Navn).Select(k => k.Id).ToListAsync(cancellationToken);
        var sum = ider.Select((_, k) => 1f / (k + 1)).Sum();
        return ider.Select((id, k) => (id, 1f / (k + 1) / sum)).ToList();
    }

    private static async Task<long[]> LopenumreAsync(NpgsqlConnection connection, int antall, CancellationToken cancellationToken)
    {
        var numre = new long[antall];
        await using var command = new NpgsqlCommand(NamsmannenDbContext.LopenumreSql, connection);
        command.Parameters.AddWithValue("antall", antall);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            numre[i] = reader.GetInt64(0);
        }

        return numre;
    }

    /// <summary>The status feed's numbers continue after the highest given, under the numbering lock (Statusfeed).</summary>
    private static async Task<long> ForsteSekvensAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var laas = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Application.Data.Portal.Statusfeed.Laas})", connection))
        {
            await laas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(sekvens), 0) + 1 FROM kreditor_hendelser", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task SkrivSkyldnereAsync(NpgsqlConnection connection, List<Skyldner> skyldnere, CancellationToken cancellationToken)
    {
        await using var copy = await connection.StartAsync("COPY skyldnere (id, type, identifikator, navn, adresse, postnummer, poststed) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var s in skyldnere)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(s.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(s.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(s.Identifikator, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(s.Navn, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(s.Adresse, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(s.Postnummer, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(s.Poststed, NpgsqlDbType.Varchar, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>An utleggsforretning date for each case awaiting one.</summary>
    private static async Task SkrivFristerAsync(NpgsqlConnection connection, List<(Sak Sak, string Navn)> saker, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.StartAsync("COPY frister (sak_id, type, dato, beskrivelse, oppfylt) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (s, _) in saker.Where(x => x.Sak.Stadium == Saksstadium.VarselSendt))
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(s.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(Application.Data.Fristkoder.Kode(Fristtype.Utleggsforretning), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.Mottatt.AddDays(30), NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync("Utleggsforretning kl. 10:00", NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated {Cases} cases and {Debtors} debtors in {Seconds:0.0} s")]
    private static partial void LogGenerert(ILogger logger, int cases, int debtors, double seconds);
}
