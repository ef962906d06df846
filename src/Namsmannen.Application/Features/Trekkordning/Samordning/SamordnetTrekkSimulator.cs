using System.Globalization;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Trekkordning;
using Npgsql;

namespace Namsmannen.Application.Features.Trekkordning.Samordning;

/// <summary>
/// A LOCAL SIMULATOR of Skatteetaten's coordinated trekk, for the demo and the tests; it is not Skatteetaten and
/// moves no money. It behaves like the real party as far as this system can tell: it keeps what it is handed in its
/// own tables (schema <c>simulator</c>, which it creates itself), answers after a delay, refuses malformed input with a
/// message, and on each read "runs the payroll": every month whose pay day (the 20th, moved back to a working day) has
/// come, each debtor's employer pays the debtor's monthly trekk (the newest handed-over amount), unless it was told the
/// employer did not pay that month (<see cref="SimulerUteblittInnbetalingAsync"/>), and the money covers the debtor's
/// claims in kravkø order (<see cref="Kravko.FordelManedstrekk"/>), each claim until settled.
/// </summary>
public sealed class SamordnetTrekkSimulator(string connectionString, TimeProvider clock, TimeSpan? forsinkelse = null) : ISamordnetTrekk
{
    private readonly Common.Simulatortabeller skjema = new(connectionString, Tabeller);
    private readonly TimeSpan forsinkelse = forsinkelse ?? TimeSpan.FromMilliseconds(150);

    public string Navn => "Samordnet trekk (lokal simulator, ikke Skatteetaten)";

    public async Task<Overleveringskvittering> OverleverAsync(Trekkoverlevering o, CancellationToken cancellationToken)
    {
        var feil = new List<string>();
        if (!Domain.Saker.Saksnummer.TryParse(o.Saksnummer, out _))
        {
            feil.Add("saksnummer er ugyldig");
        }

        if (!Fodselsnummer.TryParse(o.Skyldner, out _, out _))
        {
            feil.Add("skyldner må være et gyldig fødsels- eller d-nummer");
        }

        if (!Organisasjonsnummer.TryParse(o.Trekkpliktig, out _, out _))
        {
            feil.Add("trekkpliktig må være et gyldig organisasjonsnummer");
        }

        if (o.Prioritet is < 1 or > 5)
        {
            feil.Add("prioritet må være 1–5");
        }

        if (o.Krav <= 0m || o.TrekkstoerrelseForPeriode.Count == 0 || o.TrekkstoerrelseForPeriode.Any(t => t.Trekkbeloep <= 0m))
        {
            feil.Add("krav og trekkbeloep må være større enn 0");
        }

        await VentAsync(cancellationToken);
        if (feil.Count > 0)
        {
            throw new SamordnetTrekkAvvist("Samordnet trekk (simulator) avviste meldingen: " + string.Join("; ", feil) + ".");
        }

        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO simulator.samordnet_krav (saksnummer, skyldner, trekkpliktig, prioritet, rest, trekkbeloep, fra_og_med, vedtatt, mottatt)
            VALUES (@saksnummer, @skyldner, @trekkpliktig, @prioritet, @krav, @trekkbeloep::jsonb, @fra, @vedtatt, @naa)
            ON CONFLICT (saksnummer) DO UPDATE SET skyldner = excluded.skyldner, trekkpliktig = excluded.trekkpliktig, prioritet = excluded.prioritet,
                trekkbeloep = excluded.trekkbeloep, fra_og_med = excluded.fra_og_med, vedtatt = excluded.vedtatt, stoppet = NULL
            RETURNING referanse
            """, connection);
        var naa = clock.GetUtcNow();
        command.Parameters.AddWithValue("saksnummer", o.Saksnummer);
        command.Parameters.AddWithValue("skyldner", o.Skyldner);
        command.Parameters.AddWithValue("trekkpliktig", o.Trekkpliktig);
        command.Parameters.AddWithValue("prioritet", o.Prioritet);
        command.Parameters.AddWithValue("krav", o.Krav);
        command.Parameters.AddWithValue("trekkbeloep", System.Text.Json.JsonSerializer.Serialize(o.TrekkstoerrelseForPeriode.OrderBy(t => t.GyldigFraOgMed)));
        command.Parameters.AddWithValue("fra", o.TrekkstoerrelseForPeriode.Min(t => t.GyldigFraOgMed));
        command.Parameters.AddWithValue("vedtatt", o.Vedtatt);
        command.Parameters.AddWithValue("naa", naa);
        var referanse = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new Overleveringskvittering("SIM-" + referanse.ToString(CultureInfo.InvariantCulture), naa);
    }

    public async Task StoppAsync(string saksnummer, DateOnly dato, CancellationToken cancellationToken)
    {
        await VentAsync(cancellationToken);
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE simulator.samordnet_krav SET stoppet = @dato WHERE saksnummer = @saksnummer AND stoppet IS NULL", connection);
        command.Parameters.AddWithValue("saksnummer", saksnummer);
        command.Parameters.AddWithValue("dato", dato);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// For the demo and the tests: the debtor's employer will not pay <paramref name="periode"/> (as real employers
    /// sometimes do not), so no coverage comes for that month. Not part of <see cref="ISamordnetTrekk"/>.
    /// </summary>
    public async Task SimulerUteblittInnbetalingAsync(string skyldner, Trekkmaned periode, CancellationToken cancellationToken)
    {
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO simulator.samordnet_uteblitt (skyldner, periode) VALUES (@s, @p) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("s", skyldner);
        command.Parameters.AddWithValue("p", periode.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Dekningsside> HentDekningAsync(long etterSekvensnummer, int antall, CancellationToken cancellationToken)
    {
        if (antall is < 1 or > 1000)
        {
            await VentAsync(cancellationToken);
            throw new SamordnetTrekkAvvist("Samordnet trekk (simulator): antall må være 1–1000.");
        }

        await VentAsync(cancellationToken);
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await KjorLonnAsync(connection, Common.Oslotid.IDag(clock), cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT sekvensnummer, saksnummer, periode, beloep, innbetalt FROM simulator.samordnet_dekning
             WHERE sekvensnummer > @etter ORDER BY sekvensnummer LIMIT @antall
            """, connection);
        command.Parameters.AddWithValue("etter", etterSekvensnummer);
        command.Parameters.AddWithValue("antall", antall);
        var dekninger = new List<Dekning>();
        await using (var leser = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await leser.ReadAsync(cancellationToken))
            {
                dekninger.Add(new Dekning(leser.GetInt64(0), leser.GetString(1), leser.GetString(2), leser.GetDecimal(3), leser.GetFieldValue<DateOnly>(4)));
            }
        }

        return new Dekningsside(dekninger, dekninger.Count > 0 ? dekninger[^1].Sekvensnummer : etterSekvensnummer);
    }

    /// <summary>Every month whose pay day has come since the last run: each debtor's trekk covers the queue.</summary>
    private static async Task KjorLonnAsync(NpgsqlConnection connection, DateOnly idag, CancellationToken cancellationToken)
    {
        await using var transaksjon = await connection.BeginTransactionAsync(cancellationToken);
        await using (var las = new NpgsqlCommand("LOCK TABLE simulator.samordnet_krav IN EXCLUSIVE MODE", connection, transaksjon))
        {
            await las.ExecuteNonQueryAsync(cancellationToken);
        }

        var krav = new List<(string Saksnummer, string Skyldner, int Prioritet, decimal Gjenstar, List<Trekkstoerrelse> Trekk, DateOnly Fra, DateOnly Vedtatt, DateOnly? Stoppet, DateOnly? Behandlet)>();
        await using (var les = new NpgsqlCommand("SELECT saksnummer, skyldner, prioritet, rest, trekkbeloep, fra_og_med, vedtatt, stoppet, behandlet_til FROM simulator.samordnet_krav", connection, transaksjon))
        await using (var leser = await les.ExecuteReaderAsync(cancellationToken))
        {
            while (await leser.ReadAsync(cancellationToken))
            {
                krav.Add((leser.GetString(0), leser.GetString(1), leser.GetInt32(2), leser.GetDecimal(3),
                    System.Text.Json.JsonSerializer.Deserialize<List<Trekkstoerrelse>>(leser.GetString(4)) ?? [], leser.GetFieldValue<DateOnly>(5),
                    leser.GetFieldValue<DateOnly>(6), leser.IsDBNull(7) ? null : leser.GetFieldValue<DateOnly>(7), leser.IsDBNull(8) ? null : leser.GetFieldValue<DateOnly>(8)));
            }
        }

        var uteblitt = new HashSet<(string Skyldner, string Periode)>();
        await using (var les = new NpgsqlCommand("SELECT skyldner, periode FROM simulator.samordnet_uteblitt", connection, transaksjon))
        await using (var leser = await les.ExecuteReaderAsync(cancellationToken))
        {
            while (await leser.ReadAsync(cancellationToken))
            {
                uteblitt.Add((leser.GetString(0), leser.GetString(1)));
            }
        }

        foreach (var skyldner in krav.GroupBy(k => k.Skyldner))
        {
            var rest = skyldner.ToDictionary(k => k.Saksnummer, k => k.Gjenstar);
            // A month is paid once per debtor: a claim handed over later joins the queue from the next pay day not yet run.
            var sist = skyldner.Max(k => k.Behandlet);
            var forste = sist is { } s ? Trekkmaned.For(s) : skyldner.Min(k => Trekkmaned.For(k.Fra));
            for (var maned = forste; maned.Lonnsdag(Trekkmaned.StandardLonnsdag) <= idag; maned = maned.Neste)
            {
                var lonnsdag = maned.Lonnsdag(Trekkmaned.StandardLonnsdag);
                if (lonnsdag <= sist || uteblitt.Contains((skyldner.Key, maned.ToString())))
                {
                    // Already run, or the employer did not pay that month.
                    continue;
                }

                var iKo = skyldner.Where(k => k.Fra <= lonnsdag && (k.Stoppet is not { } s || lonnsdag <= s) && rest[k.Saksnummer] > 0m).ToList();
                if (iKo.Count == 0)
                {
                    continue;
                }

                // One trekk per debtor: the newest decision's amount in force on the pay day.
                var trekk = new Belop(iKo.OrderByDescending(k => k.Vedtatt).First().Trekk.Where(t => t.GyldigFraOgMed <= lonnsdag).OrderBy(t => t.GyldigFraOgMed).Last().Trekkbeloep);
                var fordelt = Kravko.FordelManedstrekk(trekk, iKo.Select(k => new KravIKo(k.Saksnummer, (Kravklasse)k.Prioritet, k.Vedtatt, new Belop(rest[k.Saksnummer]))));
                foreach (var d in fordelt.Where(d => d.Dekket > Belop.Null))
                {
                    rest[d.Saksnummer] = d.GjenstaarEtter.Kroner;
                    await using var skriv = new NpgsqlCommand("INSERT INTO simulator.samordnet_dekning (saksnummer, periode, beloep, innbetalt) VALUES (@s, @p, @b, @i)", connection, transaksjon);
                    skriv.Parameters.AddWithValue("s", d.Saksnummer);
                    skriv.Parameters.AddWithValue("p", maned.ToString());
                    skriv.Parameters.AddWithValue("b", d.Dekket.Kroner);
                    // The employer remits a few days after the pay day.
                    skriv.Parameters.AddWithValue("i", Min(lonnsdag.AddDays(3), idag));
                    await skriv.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            foreach (var k in skyldner)
            {
                await using var oppdater = new NpgsqlCommand("UPDATE simulator.samordnet_krav SET rest = @rest, behandlet_til = @til WHERE saksnummer = @s", connection, transaksjon);
                oppdater.Parameters.AddWithValue("rest", rest[k.Saksnummer]);
                oppdater.Parameters.AddWithValue("til", idag);
                oppdater.Parameters.AddWithValue("s", k.Saksnummer);
                await oppdater.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaksjon.CommitAsync(cancellationToken);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private Task VentAsync(CancellationToken cancellationToken) => forsinkelse > TimeSpan.Zero ? Task.Delay(forsinkelse, clock, cancellationToken) : Task.CompletedTask;

    private const string Tabeller = """
        CREATE TABLE IF NOT EXISTS simulator.samordnet_krav (
        referanse bigint GENERATED ALWAYS AS IDENTITY, saksnummer text PRIMARY KEY, skyldner text NOT NULL, trekkpliktig text NOT NULL,
        prioritet int NOT NULL, rest numeric(14,2) NOT NULL, trekkbeloep jsonb NOT NULL, fra_og_med date NOT NULL,
        vedtatt date NOT NULL, mottatt timestamptz NOT NULL, stoppet date, behandlet_til date);
        CREATE TABLE IF NOT EXISTS simulator.samordnet_uteblitt (skyldner text NOT NULL, periode text NOT NULL, PRIMARY KEY (skyldner, periode));
        CREATE TABLE IF NOT EXISTS simulator.samordnet_dekning (
        sekvensnummer bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, saksnummer text NOT NULL, periode text NOT NULL,
        beloep numeric(14,2) NOT NULL, innbetalt date NOT NULL);
        """;
}
