using System.Text.Json.Nodes;
using Namsmannen.Domain.Satser;
using Npgsql;

namespace Namsmannen.Application.Satser;

/// <summary>
/// The rate tables in force, read from PostgreSQL (issue 20): every row an administrator proposed and a second one
/// confirmed, and the rows the migration seeded from the data file, less those superseded. Read once and kept for
/// <see cref="Oppfrisking"/>; a confirmation in this instance is seen at once (<see cref="Glem"/>), one in another
/// instance within that time. Rows take effect from a date that is normally weeks ahead, so this wait changes no result.
/// </summary>
public sealed class Satsregister(string connectionString, TimeProvider clock)
{
    /// <summary>How long the rates read are used before they are read again.</summary>
    public static readonly TimeSpan Oppfrisking = TimeSpan.FromSeconds(60);

    private readonly Lock las = new();
    /// <summary>After a change, every read goes to the database this long, so none keeps the rates of a request that read them before the change committed.</summary>
    private static readonly TimeSpan EtterEndring = TimeSpan.FromSeconds(10);

    private Satsbok? satser;
    private DateTimeOffset lest;
    private DateTimeOffset lesAlltidTil;

    /// <summary>The rates in force, read again when older than <see cref="Oppfrisking"/>.</summary>
    public Satsbok Hent()
    {
        lock (las)
        {
            var naa = clock.GetUtcNow();
            if (satser is null || naa - lest >= Oppfrisking || naa < lest || naa < lesAlltidTil)
            {
                satser = Les();
                lest = naa;
            }

            return satser;
        }
    }

    /// <summary>Forgets the rates read, so the next <see cref="Hent"/> reads a row confirmed just now (its transaction commits just after).</summary>
    public void Glem()
    {
        lock (las)
        {
            satser = null;
            lesAlltidTil = clock.GetUtcNow() + EtterEndring;
        }
    }

    /// <remarks>A derived row is flagged to the rules (and so the calculators) only until an administrator has confirmed it.</remarks>
    private Satsbok Les()
    {
        using var tilkobling = new NpgsqlConnection(connectionString);
        tilkobling.Open();
        using var kommando = new NpgsqlCommand(
            "SELECT id, tabell, fra, verdi::text, kilde, avledet AND behandlet_av_navn IS NULL FROM satsrader WHERE status = 'Gjeldende' AND erstattet_av IS NULL ORDER BY tabell, fra",
            tilkobling);
        using var leser = kommando.ExecuteReader();
        var rot = new JsonObject { ["gebyrmultiplikatorer"] = new JsonObject() };
        foreach (var tabell in Satstabeller.Alle)
        {
            Tabell(rot, tabell.Kode);
        }

        while (leser.Read())
        {
            var rad = JsonNode.Parse(leser.GetString(3))!.AsObject();
            rad["id"] = leser.GetInt64(0);
            rad["fra"] = leser.GetFieldValue<DateOnly>(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            rad["kilde"] = leser.GetString(4);
            rad["avledet"] = leser.GetBoolean(5);
            Tabell(rot, leser.GetString(1)).Add(rad);
        }

        return SatsFil.Les(System.Text.Json.JsonDocument.Parse(rot.ToJsonString()).RootElement);
    }

    /// <summary>The array of a table's rows in the data file's shape: <c>rettsgebyr</c> at the top, <c>gebyrmultiplikatorer.utlegg</c> one level down.</summary>
    private static JsonArray Tabell(JsonObject rot, string kode)
    {
        var deler = kode.Split('.');
        var forelder = deler.Length == 2 ? rot[deler[0]]!.AsObject() : rot;
        return (forelder[deler[^1]] ??= new JsonArray()).AsArray();
    }
}
