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

    /// <summary>The summary tables' office code for the sum over every office.</summary>
    public const string HeleLandet = "*";

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
        SELECT dimensjon, verdi, antall, apne, krav, innbetalt FROM statistikk_saker WHERE kontor = ANY(@summer)
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
        SELECT dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt FROM statistikk_dager WHERE kontor = ANY(@summer)
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

    /// <summary>
    /// About how many changes wait to be folded: the span of ids in the two pending tables, by their primary keys (two
    /// index reads each), so it costs nothing however many wait. Ids lost to rolled-back transactions count too.
    /// </summary>
    public static async Task<long> VentendeAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        var rader = await db.Database.SqlQuery<long>($"""
            SELECT coalesce((SELECT max(id) - min(id) + 1 FROM statistikk_saker_endringer), 0)
                 + coalesce((SELECT max(id) - min(id) + 1 FROM statistikk_dager_endringer), 0) AS "Value"
            """).ToListAsync(cancellationToken);
        return rader[0];
    }

    /// <summary>The breakdown lines for the offices, summed over them; lines that sum to nothing are left out.</summary>
    public static async Task<List<SakRad>> SakerAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, Kilde kilde, CancellationToken cancellationToken)
    {
        var rader = new List<SakRad>();
        await using var command = Kommando(connection, SakerSql(Saker(kilde)), kontorer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await LesSakerAsync(reader, rader, cancellationToken);
        return rader;
    }

    /// <summary>The breakdown rows of a source, of one breakdown only if <paramref name="dimensjon"/> is given (PostgreSQL pushes the filter into both halves).</summary>
    private static string Saker(Kilde kilde, string? dimensjon = null) =>
        $"SELECT * FROM ({(kilde == Kilde.Live ? SakerLive : SakerFraSammendrag)}) k{(dimensjon is null ? string.Empty : $" WHERE dimensjon = '{dimensjon}'")}";

    private static string SakerSql(string kilde) => $"""
        SELECT dimensjon, verdi, sum(antall)::bigint, sum(apne)::bigint, sum(krav), sum(innbetalt)
          FROM ({kilde}) x
         GROUP BY 1, 2
        HAVING sum(antall) <> 0 OR sum(apne) <> 0 OR sum(krav) <> 0 OR sum(innbetalt) <> 0
        """;

    private static async Task LesSakerAsync(NpgsqlDataReader reader, List<SakRad> rader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add(new SakRad(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4), reader.GetDecimal(5)));
        }
    }

    /// <summary>The day lines for the offices, summed over them, in date order; days that sum to nothing are left out.</summary>
    public static async Task<List<DagRad>> DagerAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, Kilde kilde, CancellationToken cancellationToken)
    {
        var rader = new List<DagRad>();
        await using var command = Kommando(connection, DagerSql(kilde), kontorer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await LesDagerAsync(reader, rader, cancellationToken);
        return rader;
    }

    private static string DagerSql(Kilde kilde) => $"""
        SELECT dato, sum(mottatt)::bigint, sum(apne)::bigint, sum(avsluttet)::bigint, sum(avsluttet_dager)::bigint, sum(frister)::bigint, sum(fordelt)
          FROM ({(kilde == Kilde.Live ? DagerLive : DagerFraSammendrag)}) x
         GROUP BY 1
        HAVING sum(mottatt) <> 0 OR sum(apne) <> 0 OR sum(avsluttet) <> 0 OR sum(avsluttet_dager) <> 0 OR sum(frister) <> 0 OR sum(fordelt) <> 0
         ORDER BY 1
        """;

    private static async Task LesDagerAsync(NpgsqlDataReader reader, List<DagRad> rader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            rader.Add(new DagRad(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetDecimal(6)));
        }
    }

    /// <summary>A caseworker's cases (an empty id: not assigned), with the name when the id is a user's.</summary>
    public sealed record SaksbehandlerRad(string Id, string Navn, long Apne, long Antall);

    /// <summary>A creditor's cases, with the creditor's name.</summary>
    public sealed record KreditorRad(Guid Id, string Navn, long Antall, long Apne, decimal Krav, decimal Innbetalt);

    /// <summary>What the dashboard needs, read in one round trip.</summary>
    public sealed record Oversikt(List<SakRad> Stadier, List<SaksbehandlerRad> Saksbehandlere, List<KreditorRad> Kreditorer, List<DagRad> Dager, DateTimeOffset? SistSamlet);

    /// <summary>
    /// The dashboard's data for the offices in one batch of statements (one round trip): the stages, every caseworker
    /// of the offices with their open cases (also those with none), the <paramref name="antallKreditorer"/> largest
    /// creditors, the day lines and when the sums were last folded. Each statement groups the same source rows as
    /// <see cref="SakerAsync"/>, so the live source gives the same answer by a GROUP BY over the cases.
    /// </summary>
    public static async Task<Oversikt> OversiktAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, Kilde kilde, int antallKreditorer, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Del(SakerSql(Saker(kilde, Stadium)), kontorer));
        batch.BatchCommands.Add(Del($"""
            WITH per AS (
                SELECT split_part(verdi, '|', 1) AS id, sum(apne)::bigint AS apne, sum(antall)::bigint AS antall FROM ({Saker(kilde, Saksbehandler)}) r
                 GROUP BY 1 HAVING sum(antall) <> 0 OR sum(apne) <> 0
            ), kolleger AS (
                SELECT u.id FROM asp_net_users u
                 WHERE u.kontor = ANY(@kontorer) AND EXISTS (SELECT 1 FROM asp_net_user_roles ur WHERE ur.user_id = u.id AND ur.role_id = 'saksbehandler')
            )
            SELECT coalesce(p.id, k.id), coalesce(u.fullt_navn, ''), coalesce(p.apne, 0), coalesce(p.antall, 0)
              FROM per p FULL JOIN kolleger k ON k.id = p.id LEFT JOIN asp_net_users u ON u.id = coalesce(p.id, k.id)
            """, kontorer));
        batch.BatchCommands.Add(Del($"""
            SELECT r.verdi, coalesce(k.navn, ''), sum(r.antall)::bigint, sum(r.apne)::bigint, sum(r.krav), sum(r.innbetalt)
              FROM ({Saker(kilde, Kreditor)}) r LEFT JOIN kreditorer k ON k.id::text = r.verdi
             GROUP BY r.verdi, k.navn HAVING sum(r.antall) <> 0
             ORDER BY sum(r.antall) DESC, r.verdi COLLATE "C" LIMIT {antallKreditorer}
            """, kontorer));
        batch.BatchCommands.Add(Del(DagerSql(kilde), kontorer));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT sist_samlet FROM statistikk_status WHERE id = 1"));

        var oversikt = new Oversikt([], [], [], [], null);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await LesSakerAsync(reader, oversikt.Stadier, cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            oversikt.Saksbehandlere.Add(new SaksbehandlerRad(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            oversikt.Kreditorer.Add(new KreditorRad(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4), reader.GetDecimal(5)));
        }

        await reader.NextResultAsync(cancellationToken);
        await LesDagerAsync(reader, oversikt.Dager, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var sistSamlet = await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : (DateTimeOffset?)null;
        return oversikt with { SistSamlet = sistSamlet };
    }

    /// <summary>
    /// The counts on the caseworkers' queue tabs, from the summaries: my open cases, new begjæringer nobody has taken,
    /// and open deadlines on open cases due today and passed.
    /// </summary>
    public static async Task<(int Mine, int Ufordelte, int FristIDag, int FristPassert)> ArbeidslisteAntallAsync(NpgsqlConnection connection, IReadOnlyCollection<string> kontorer, string? meg, DateOnly idag, CancellationToken cancellationToken)
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

    /// <summary>
    /// The offices as parameters: <c>@kontorer</c> for the cases and the pending changes, <c>@summer</c> for the folded
    /// sums, which hold the whole country's figures under <c>'*'</c> (one row per day instead of twelve).
    /// </summary>
    private static NpgsqlCommand Kommando(NpgsqlConnection connection, string sql, IReadOnlyCollection<string> kontorer)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(Parametre(kontorer));
        return command;
    }

    private static NpgsqlBatchCommand Del(string sql, IReadOnlyCollection<string> kontorer)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(Parametre(kontorer));
        return command;
    }

    private static NpgsqlParameter[] Parametre(IReadOnlyCollection<string> kontorer)
    {
        var helelandet = Domain.Saker.Kontorinndeling.Alle.All(k => kontorer.Contains(k.Kode));
        return [new NpgsqlParameter<string[]>("kontorer", [.. kontorer]), new NpgsqlParameter<string[]>("summer", helelandet ? [HeleLandet] : [.. kontorer])];
    }
}
