using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Namsmannen.Application.Data.Statistikk;

/// <summary>
/// Reads the supervisors' figures for a set of offices, either from the summary tables (what the dashboard does: the
/// sums plus the pending changes, a few hundred rows at most) or live from the cases themselves (a GROUP BY over every
/// case: the benchmark's baseline and the property test's oracle). Both give rows of the same shape.
/// </summary>
public static class Sammendrag
{
    public const string Stadium = "STADIUM";
    public const string Saksbehandler = "SAKSBEHANDLER";
    public const string Kreditor = "KREDITOR";

    public enum Kilde
    {
        /// <summary>Summary tables and pending changes.</summary>
        Sammendrag,

        /// <summary>A GROUP BY over the cases, their deadlines and distributions.</summary>
        Live,
    }

    /// <summary>One breakdown line: a stage, a caseworker and stage (<c>id|stadium</c>; empty id: not assigned) or a creditor.</summary>
    public sealed record SakRad(string Dimensjon, string Verdi, long Antall, long Apne, decimal Krav, decimal Innbetalt);

    /// <summary>One day's figures, summed over the chosen offices.</summary>
    public sealed record DagRad(DateOnly Dato, long Mottatt, long Apne, long Avsluttet, long AvsluttetDager, long Frister, decimal Fordelt);

    private const string SakerFraSammendrag = """
        SELECT dimensjon, verdi, antall, apne, krav, innbetalt FROM statistikk_saker WHERE kontor = ANY(@kontorer)
        UNION ALL
        SELECT dimensjon, verdi, antall, apne, krav, innbetalt FROM statistikk_saker_endringer WHERE kontor = ANY(@kontorer)
        """;

    private const string SakerLive = """
        SELECT d.dimensjon, d.verdi, 1 AS antall, (s.avsluttet IS NULL)::int AS apne, s.hovedstol + s.renter + s.omkostninger AS krav, s.innbetalt
          FROM saker s
         CROSS JOIN LATERAL (VALUES ('STADIUM', s.stadium::text), ('SAKSBEHANDLER', coalesce(s.saksbehandler_id, '') || '|' || s.stadium), ('KREDITOR', s.kreditor_id::text)) AS d (dimensjon, verdi)
         WHERE s.kontor = ANY(@kontorer)
        """;

    private const string DagerFraSammendrag = """
        SELECT dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt FROM statistikk_dager WHERE kontor = ANY(@kontorer)
        UNION ALL
        SELECT dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt FROM statistikk_dager_endringer WHERE kontor = ANY(@kontorer)
        """;

    private const string DagerLive = """
        SELECT mottatt AS dato, 1 AS mottatt, (avsluttet IS NULL)::int AS apne, 0 AS avsluttet, 0 AS avsluttet_dager, 0 AS frister, 0 AS fordelt
          FROM saker WHERE kontor = ANY(@kontorer)
        UNION ALL
        SELECT avsluttet, 0, 0, 1, avsluttet - mottatt, 0, 0 FROM saker WHERE kontor = ANY(@kontorer) AND avsluttet IS NOT NULL
        UNION ALL
        SELECT f.dato, 0, 0, 0, 0, 1, 0 FROM frister f JOIN saker s ON s.id = f.sak_id
         WHERE s.kontor = ANY(@kontorer) AND NOT f.oppfylt AND s.avsluttet IS NULL
        UNION ALL
        SELECT f.dato, 0, 0, 0, 0, 0, l.belop FROM fordelinger f JOIN saker s ON s.id = f.sak_id JOIN fordelingslinjer l ON l.fordeling_id = f.id
         WHERE s.kontor = ANY(@kontorer) AND f.godkjent IS NOT NULL
        """;

    /// <summary>
    /// Folds the pending changes into the sums (one caller at a time, under an advisory lock in the database function)
    /// and records the time. Returns the number of summary rows written.
    /// </summary>
    public static async Task<long> SlaSammenAsync(NamsmannenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rader = await db.Database.SqlQuery<long>($"SELECT statistikk_samle({clock.GetUtcNow()}) AS \"Value\"").ToListAsync(cancellationToken);
        return rader[0];
    }

    public static async Task<DateTimeOffset?> SistSamletAsync(NamsmannenDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<DateTimeOffset?>($"SELECT sist_samlet AS \"Value\" FROM statistikk_status WHERE id = 1").SingleOrDefaultAsync(cancellationToken);

    /// <summary>The breakdown lines for the offices, summed over them; lines that sum to nothing are left out.</summary>
    public static async Task<List<SakRad>> SakerAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, Kilde kilde, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT dimensjon, verdi, sum(antall)::bigint, sum(apne)::bigint, sum(krav), sum(innbetalt)
              FROM ({(kilde == Kilde.Live ? SakerLive : SakerFraSammendrag)}) x
             GROUP BY 1, 2
            HAVING sum(antall) <> 0 OR sum(apne) <> 0 OR sum(krav) <> 0 OR sum(innbetalt) <> 0
            """;
        var rader = new List<SakRad>();
        await using var command = Kommando(connection, sql, kontorer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add(new SakRad(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4), reader.GetDecimal(5)));
        }

        return rader;
    }

    /// <summary>The day lines for the offices, summed over them, in date order; days that sum to nothing are left out.</summary>
    public static async Task<List<DagRad>> DagerAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, Kilde kilde, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT dato, sum(mottatt)::bigint, sum(apne)::bigint, sum(avsluttet)::bigint, sum(avsluttet_dager)::bigint, sum(frister)::bigint, sum(fordelt)
              FROM ({(kilde == Kilde.Live ? DagerLive : DagerFraSammendrag)}) x
             GROUP BY 1
            HAVING sum(mottatt) <> 0 OR sum(apne) <> 0 OR sum(avsluttet) <> 0 OR sum(avsluttet_dager) <> 0 OR sum(frister) <> 0 OR sum(fordelt) <> 0
             ORDER BY 1
            """;
        var rader = new List<DagRad>();
        await using var command = Kommando(connection, sql, kontorer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add(new DagRad(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetDecimal(6)));
        }

        return rader;
    }

    /// <summary>
    /// The counts on the caseworkers' queue tabs, from the summaries: my open cases, new begjæringer nobody has taken,
    /// and open deadlines on open cases due today and passed.
    /// </summary>
    public static async Task<(int Mine, int Ufordelte, int FristIDag, int FristPassert)> KoTallAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, string? meg, DateOnly idag, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT (SELECT coalesce(sum(apne), 0)::int FROM ({SakerFraSammendrag}) x
                     WHERE dimensjon = 'SAKSBEHANDLER' AND @meg <> '' AND left(verdi, length(@meg) + 1) = @meg || '|'),
                   (SELECT coalesce(sum(apne), 0)::int FROM ({SakerFraSammendrag}) x
                     WHERE dimensjon = 'SAKSBEHANDLER' AND verdi = '|BegjaringMottatt'),
                   (SELECT coalesce(sum(frister), 0)::int FROM ({DagerFraSammendrag}) x WHERE dato = @idag),
                   (SELECT coalesce(sum(frister), 0)::int FROM ({DagerFraSammendrag}) x WHERE dato < @idag)
            """;
        await using var command = Kommando(connection, sql, kontorer);
        command.Parameters.Add(new NpgsqlParameter<string>("meg", meg ?? string.Empty));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("idag", idag));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }

    /// <summary>The context's connection, opened if need be, so the figures are read in the caller's transaction if there is one.</summary>
    public static async Task<NpgsqlConnection> ForbindelseAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    private static NpgsqlCommand Kommando(NpgsqlConnection connection, string sql, IReadOnlyCollection<string> kontorer)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("kontorer", [.. kontorer]));
        return command;
    }
}
