using System.Collections.Concurrent;
using Npgsql;

namespace Namsmannen.Application.Features.Leder;

/// <summary>
/// The dashboard's figures kept between requests (issue 20: the dashboard at ≥ 100× its live GROUP BY). Every change
/// to a case or a deadline writes a pending summary row, and the fold stamps its time, so the newest pending row's id
/// and the time of the last fold say whether anything behind the figures may have changed: while they stand, the
/// figures are served from here; when either moves, they are read again. A minute at most in any case, for what changes
/// without touching a case's figures (a caseworker's name, a complaint sent on to the court). One entry per office
/// choice; a singleton per app instance.
/// </summary>
public sealed class Ledertallbuffer
{
    /// <summary>How long figures may be served without a change being seen, at most.</summary>
    public static readonly TimeSpan Levetid = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (Stand Stand, DateTimeOffset Lest, Ledertall.Result Tall)> tall = new(StringComparer.Ordinal);

    /// <summary>Requests answered from here, for the tests and the benchmark.</summary>
    public long Treff => Interlocked.Read(ref treff);

    private long treff;

    /// <summary>Where the summaries stand: the last fold and the newest pending row of each pending table.</summary>
    public sealed record Stand(DateTimeOffset? SistSamlet, long? SakEndring, long? DagEndring);

    /// <summary>One short round trip: the fold's time and the two newest pending rows (by their primary keys).</summary>
    public static async Task<Stand> StandAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT sist_samlet FROM statistikk_status WHERE id = 1), (SELECT max(id) FROM statistikk_saker_endringer), (SELECT max(id) FROM statistikk_dager_endringer)",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new Stand(
            reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0),
            reader.IsDBNull(1) ? null : reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetInt64(2));
    }

    /// <summary>The figures for <paramref name="omfang"/> read at <paramref name="stand"/>, if they are here and young enough.</summary>
    public Ledertall.Result? Hent(string omfang, Stand stand, DateTimeOffset naa)
    {
        if (tall.TryGetValue(omfang, out var lagret) && lagret.Stand == stand && naa - lagret.Lest < Levetid)
        {
            Interlocked.Increment(ref treff);
            return lagret.Tall;
        }

        return null;
    }

    /// <summary>One entry's name: the office choice, where the summaries stood, and when the figures were read.</summary>
    public static string Nokkel(string omfang, Stand stand, DateTimeOffset lest) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{omfang}|{stand.SistSamlet?.UtcTicks}|{stand.SakEndring}|{stand.DagEndring}|{lest.UtcTicks}");

    public void Legg(string omfang, Stand stand, DateTimeOffset naa, Ledertall.Result resultat) => tall[omfang] = (stand, naa, resultat);
}
