using Namsmannen.Application.Features.Utsendinger;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Npgsql;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// A LOCAL SIMULATOR of KRR, the digital mailbox and the print service, for the demo and the tests; it is not Digdir's
/// register or any mailbox, and nothing it receives reaches anyone. It behaves like them as far as this system can tell:
/// it answers after a delay; by the last digit of the fødselsnummer, a person is reserved against digital post (0, 1),
/// has no digital mailbox (2), or has one (the rest), and asks for nynorsk (3, 6) or says nothing of language; it keeps
/// what it is sent in its own table (schema <c>simulator</c>) and answers a letter it already took with the same receipt;
/// it is unavailable on the first attempt for about one letter in five (so the retries are exercised), refuses a letter
/// on paper without an address, and reports a digital letter opened the day after it was delivered
/// (<see cref="ApnetAsync"/>). A test that counts attempts turns the outage off (<c>ustabil: false</c>).
/// </summary>
public sealed class DigitalPostSimulator(string connectionString, TimeProvider clock, TimeSpan? forsinkelse = null, bool ustabil = true) : IDigitalPost
{
    private readonly Common.Simulatortabeller skjema = new(connectionString, Tabeller);
    private readonly TimeSpan forsinkelse = forsinkelse ?? TimeSpan.FromMilliseconds(30);

    public string Navn => "Digital post (lokal simulator, ikke KRR eller en ekte postkasse)";

    public async Task<Kontaktinfo> SlaOppAsync(string fodselsnummer, CancellationToken cancellationToken)
    {
        await VentAsync(cancellationToken);
        var siste = fodselsnummer.Length == 11 && char.IsAsciiDigit(fodselsnummer[^1]) ? fodselsnummer[^1] - '0' : -1;
        if (siste < 0)
        {
            throw new UtsendingAvvist("KRR (simulator) kjenner ikke personen: fødselsnummeret er ugyldig.");
        }

        return new Kontaktinfo(Reservert: siste is 0 or 1, HarDigitalPostkasse: siste is not 2, Sprak: siste is 3 or 6 ? Malform.Nynorsk : null);
    }

    public async Task<Leveringskvittering> SendAsync(Forsendelse f, CancellationToken cancellationToken)
    {
        await VentAsync(cancellationToken);
        if (f.Pdf.Length == 0 || f.Pdf[0] != (byte)'%')
        {
            throw new UtsendingAvvist("Postkassen (simulator) avviste brevet: vedlegget er ikke en PDF.");
        }

        if (f.Kanal == Brevkanal.Papir && f.Adresse.Count < 2)
        {
            throw new UtsendingAvvist("Utskriftstjenesten (simulator) avviste brevet: mottakeren har ingen postadresse.");
        }

        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var transaksjon = await connection.BeginTransactionAsync(cancellationToken);
        await using (var les = new NpgsqlCommand("SELECT nummer, kanal, levert, kvittert FROM simulator.post_mottak WHERE referanse = @r FOR UPDATE", connection))
        {
            les.Parameters.AddWithValue("r", f.Referanse);
            await using var reader = await les.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var (nummer, kanal, levert, kvittert) = (reader.GetInt64(0), Enum.Parse<Brevkanal>(reader.GetString(1)), reader.GetFieldValue<DateOnly>(2), reader.GetBoolean(3));
                await reader.CloseAsync();
                if (kvittert)
                {
                    return new Leveringskvittering(Referanse(nummer, kanal, levert), kanal, levert);
                }
            }
        }

        var idag = Common.Oslotid.IDag(clock);
        var mottatt = f.Kanal == Brevkanal.Digital ? idag : Brevregler.PapirMottatt(idag);
        var forste = !await FinnesAsync(connection, f.Referanse, cancellationToken);
        var nede = ustabil && forste && f.Referanse.ToByteArray()[^1] % 5 == 0;
        await using var skriv = new NpgsqlCommand("""
            INSERT INTO simulator.post_mottak (referanse, mottaker, kanal, tittel, sider_bytes, levert, kvittert)
            VALUES (@r, @m, @k, @t, @b, @l, @kv)
            ON CONFLICT (referanse) DO UPDATE SET kvittert = EXCLUDED.kvittert, levert = EXCLUDED.levert
            RETURNING nummer
            """, connection);
        skriv.Parameters.AddWithValue("r", f.Referanse);
        skriv.Parameters.AddWithValue("m", f.Mottaker);
        skriv.Parameters.AddWithValue("k", f.Kanal.ToString());
        skriv.Parameters.AddWithValue("t", f.Tittel);
        skriv.Parameters.AddWithValue("b", f.Pdf.Length);
        skriv.Parameters.AddWithValue("l", mottatt);
        skriv.Parameters.AddWithValue("kv", !nede);
        var nr = (long)(await skriv.ExecuteScalarAsync(cancellationToken))!;
        await transaksjon.CommitAsync(cancellationToken);
        return nede
            ? throw new UtsendingUtilgjengelig(f.Kanal == Brevkanal.Digital ? "Den digitale postkassen (simulator) svarer ikke akkurat nå. Prøv igjen senere." : "Utskriftstjenesten (simulator) svarer ikke akkurat nå. Prøv igjen senere.")
            : new Leveringskvittering(Referanse(nr, f.Kanal, mottatt), f.Kanal, mottatt);
    }

    /// <summary>The day the recipient opened a digital letter, as the mailbox reports it (the day after delivery, once that day has come); null for paper or not yet.</summary>
    public async Task<DateOnly?> ApnetAsync(Guid referanse, CancellationToken cancellationToken)
    {
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT levert FROM simulator.post_mottak WHERE referanse = @r AND kvittert AND kanal = 'Digital'", connection);
        command.Parameters.AddWithValue("r", referanse);
        var levert = await command.ExecuteScalarAsync(cancellationToken) is DateOnly d ? d : (DateOnly?)null;
        return levert is { } l && l.AddDays(1) <= Common.Oslotid.IDag(clock) ? l.AddDays(1) : null;
    }

    /// <summary>What the simulator received, for tests and the demo: (reference, recipient, channel, delivered).</summary>
    public async Task<IReadOnlyList<(Guid Referanse, string Mottaker, Brevkanal Kanal, DateOnly Levert)>> MottattAsync(CancellationToken cancellationToken)
    {
        await using var connection = await skjema.ApneAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT referanse, mottaker, kanal, levert FROM simulator.post_mottak WHERE kvittert ORDER BY nummer", connection);
        var rader = new List<(Guid, string, Brevkanal, DateOnly)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add((reader.GetGuid(0), reader.GetString(1), Enum.Parse<Brevkanal>(reader.GetString(2)), reader.GetFieldValue<DateOnly>(3)));
        }

        return rader;
    }

    private static string Referanse(long nummer, Brevkanal kanal, DateOnly dato) => $"{(kanal == Brevkanal.Digital ? "DP" : "PRINT")}-{dato.Year}-{nummer:0000000}";

    private static async Task<bool> FinnesAsync(NpgsqlConnection connection, Guid referanse, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM simulator.post_mottak WHERE referanse = @r", connection);
        command.Parameters.AddWithValue("r", referanse);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task VentAsync(CancellationToken cancellationToken)
    {
        if (forsinkelse > TimeSpan.Zero)
        {
            await Task.Delay(forsinkelse, cancellationToken);
        }
    }

    private const string Tabeller = """
        CREATE TABLE IF NOT EXISTS simulator.post_mottak (
        nummer bigint GENERATED ALWAYS AS IDENTITY, referanse uuid PRIMARY KEY, mottaker text NOT NULL, kanal text NOT NULL,
        tittel text NOT NULL, sider_bytes integer NOT NULL, levert date NOT NULL, kvittert boolean NOT NULL);
        """;
}
