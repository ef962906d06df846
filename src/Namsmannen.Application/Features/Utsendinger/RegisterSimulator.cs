using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Regler;
using Npgsql;

namespace Namsmannen.Application.Features.Utsendinger;

/// <summary>
/// A LOCAL SIMULATOR of the registers (Løsøreregisteret and the betalingsanmerkning at Brønnøysund, the grunnbok at
/// Kartverket), for the demo and the tests; it is not a register and nothing it records is real. It behaves like one as
/// far as this system can tell: it keeps what it is sent in its own table (schema <c>simulator</c>, which it creates
/// itself), answers after a delay, refuses a malformed notice and the deletion of an entry it never had, is
/// unavailable on the first attempt for about one notice in four (so the retries are exercised), and answers a notice
/// it already took with the same receipt (so a notice sent again after a lost answer is not a second entry). A test that
/// counts attempts turns the outage off (<c>ustabil: false</c>).
/// </summary>
public sealed class RegisterSimulator(string connectionString, TimeProvider clock, TimeSpan? forsinkelse = null, bool ustabil = true) : IRegistre
{
    private readonly Common.Simulatortabeller skjema = new(connectionString, Tabeller);
    private readonly TimeSpan forsinkelse = forsinkelse ?? TimeSpan.FromMilliseconds(50);

    public string Navn => "Registrene (lokal simulator, ikke Brønnøysund eller Kartverket)";

    public async Task<Registerkvittering> SendAsync(Registermelding m, CancellationToken cancellationToken)
    {
        if (forsinkelse > TimeSpan.Zero)
        {
            await Task.Delay(forsinkelse, cancellationToken);
        }

        if (!Domain.Saker.Saksnummer.TryParse(m.Saksnummer, out _)
            || !(Fodselsnummer.TryParse(m.Skyldner, out _, out _) || Organisasjonsnummer.TryParse(m.Skyldner, out _, out _)))
        {
            throw new UtsendingAvvist($"{m.Register.Navn()} (simulator) avviste meldingen: saksnummer eller skyldner er ugyldig.");
        }

        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var transaksjon = await connection.BeginTransactionAsync(cancellationToken);
        var tidligere = await LesAsync(connection, m.Referanse, m.Sletting, cancellationToken);
        if (tidligere is { Kvittert: true })
        {
            return new Registerkvittering(tidligere.Value.Registerreferanse, tidligere.Value.Dato);
        }

        if (m.Sletting && await LesAsync(connection, m.Referanse, sletting: false, cancellationToken) is not { Kvittert: true })
        {
            throw new UtsendingAvvist($"{m.Register.Navn()} (simulator) har ingen oppføring med denne referansen å slette.");
        }

        var dato = Common.Oslotid.IDag(clock);
        if (ustabil && tidligere is null && m.Referanse.ToByteArray()[0] % 4 == 0)
        {
            await SkrivAsync(connection, m, dato, kvittert: false, cancellationToken);
            await transaksjon.CommitAsync(cancellationToken);
            throw new UtsendingUtilgjengelig($"{m.Register.Navn()} (simulator) svarer ikke akkurat nå. Prøv igjen senere.");
        }

        var referanse = await SkrivAsync(connection, m, dato, kvittert: true, cancellationToken);
        await transaksjon.CommitAsync(cancellationToken);
        return new Registerkvittering(referanse, dato);
    }

    /// <summary>What the simulated register holds for a case, for tests and the demo: (register, deletion, its reference).</summary>
    public async Task<IReadOnlyList<(Register Register, bool Sletting, string Registerreferanse)>> HentAsync(string saksnummer, CancellationToken cancellationToken)
    {
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT register, sletting, registerreferanse FROM simulator.register_mottak WHERE saksnummer = @s AND kvittert ORDER BY nummer", connection);
        command.Parameters.AddWithValue("s", saksnummer);
        var rader = new List<(Register, bool, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add((Enum.Parse<Register>(reader.GetString(0)), reader.GetBoolean(1), reader.GetString(2)));
        }

        return rader;
    }

    private static async Task<(bool Kvittert, string Registerreferanse, DateOnly Dato)?> LesAsync(NpgsqlConnection connection, Guid referanse, bool sletting, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT kvittert, registerreferanse, dato FROM simulator.register_mottak WHERE referanse = @r AND sletting = @s FOR UPDATE", connection);
        command.Parameters.AddWithValue("r", referanse);
        command.Parameters.AddWithValue("s", sletting);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetBoolean(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2)) : null;
    }

    private static async Task<string> SkrivAsync(NpgsqlConnection connection, Registermelding m, DateOnly dato, bool kvittert, CancellationToken cancellationToken)
    {
        var prefiks = m.Register switch
        {
            Register.Grunnboken => "GB",
            Register.Losoreregisteret => "LR",
            _ => "BA",
        };
        await using var command = new NpgsqlCommand("""
            INSERT INTO simulator.register_mottak (referanse, sletting, register, utfall, saksnummer, skyldner, dato, kvittert, registerreferanse)
            VALUES (@r, @s, @reg, @u, @sak, @skyldner, @d, @k, '')
            ON CONFLICT (referanse, sletting) DO UPDATE SET kvittert = EXCLUDED.kvittert, dato = EXCLUDED.dato
            RETURNING nummer
            """, connection);
        command.Parameters.AddWithValue("r", m.Referanse);
        command.Parameters.AddWithValue("s", m.Sletting);
        command.Parameters.AddWithValue("reg", m.Register.ToString());
        command.Parameters.AddWithValue("u", m.Utfall.ToString());
        command.Parameters.AddWithValue("sak", m.Saksnummer);
        command.Parameters.AddWithValue("skyldner", m.Skyldner);
        command.Parameters.AddWithValue("d", dato);
        command.Parameters.AddWithValue("k", kvittert);
        var nummer = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        var registerreferanse = $"{prefiks}-{dato.Year}-{nummer:000000}";
        await using var oppdater = new NpgsqlCommand("UPDATE simulator.register_mottak SET registerreferanse = @rr WHERE referanse = @r AND sletting = @s", connection);
        oppdater.Parameters.AddWithValue("rr", registerreferanse);
        oppdater.Parameters.AddWithValue("r", m.Referanse);
        oppdater.Parameters.AddWithValue("s", m.Sletting);
        await oppdater.ExecuteNonQueryAsync(cancellationToken);
        return registerreferanse;
    }

    private const string Tabeller = """
        CREATE TABLE IF NOT EXISTS simulator.register_mottak (
        nummer bigint GENERATED ALWAYS AS IDENTITY, referanse uuid NOT NULL, sletting boolean NOT NULL, register text NOT NULL,
        utfall text NOT NULL, saksnummer text NOT NULL, skyldner text NOT NULL, dato date NOT NULL, kvittert boolean NOT NULL,
        registerreferanse text NOT NULL, PRIMARY KEY (referanse, sletting));
        """;
}
