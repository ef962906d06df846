using Namsmannen.Domain.Saker;
using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Application.Data;

/// <summary>
/// Writes many new cases, built by the domain (<see cref="Sak.Motta"/>, <see cref="Sak.FraHistorikk"/>), set-based, and
/// their facts through the journal, in the caller's transaction: intake with <see cref="SkrivNyeAsync"/> (a replayed
/// referanse is skipped, never duplicated; cases and their lines in one round trip), the volume generator with
/// <see cref="KopierAsync"/> (binary COPY of cases no one else can hold).
/// </summary>
public static class Saksskriver
{
    private const string Kolonner = "id, saksnummer, kreditor_id, skyldner_id, kontor, avsluttet, type, stadium, hovedstol, renter, omkostninger, innbetalt, kreditor_referanse, mottatt, " +
        "saksbehandler_id, forrige_stadium, grunnlag_type, grunnlag_forkynt, grunnlag_oppfyllelsesfrist, grunnlag_forfall, varsel_sendt, innsendt_skyldnernavn, innsendt_innhold, stadium_siden";

    private const string NyeSql = $"""
        WITH nye AS (
        INSERT INTO saker ({Kolonner})
        SELECT id, saksnummer, @kreditor_id, skyldner_id, kontor, NULL, type, stadium, hovedstol / 100.0, renter / 100.0, omkostninger / 100.0, 0, kreditor_referanse, @mottatt,
               NULL, NULL, grunnlag_type, forkynt, oppfyllelsesfrist, forfall, varsel_sendt, navn, innhold::jsonb, @mottatt
          FROM unnest(@id, @saksnummer, @skyldner_id, @kontor, @type, @stadium, @hovedstol, @renter, @omkostninger, @kreditor_referanse,
                      @grunnlag_type, @forkynt, @oppfyllelsesfrist, @forfall, @varsel_sendt, @navn, @innhold)
            AS u(id, saksnummer, skyldner_id, kontor, type, stadium, hovedstol, renter, omkostninger, kreditor_referanse,
                 grunnlag_type, forkynt, oppfyllelsesfrist, forfall, varsel_sendt, navn, innhold)
         ORDER BY kreditor_referanse -- one lock order for every batch
        ON CONFLICT (kreditor_id, kreditor_referanse) DO NOTHING
        RETURNING id, mottatt, hovedstol, renter, omkostninger
        ), poster AS (
        -- The ledger opens with the claim as received, one debit per component (Sak's own opening entries).
        INSERT INTO kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop)
        SELECT n.id, n.mottatt, n.mottatt, 'Krav', k.komponent, k.belop
          FROM nye n CROSS JOIN LATERAL (VALUES ('Hovedstol', n.hovedstol), ('Renter', n.renter), ('Omkostninger', n.omkostninger)) AS k (komponent, belop)
         WHERE k.belop <> 0
        )
        SELECT id FROM nye
        """;

    /// <summary>
    /// Inserts one creditor's new begjæringer received today (with the debtor's name as sent and the begjæring's content),
    /// skipping any whose referanse is already in use, and journals the ones inserted. Returns the inserted cases.
    /// </summary>
    public static async Task<IReadOnlyList<Sak>> SkrivNyeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid kreditorId, DateOnly mottatt, IReadOnlyList<(Sak Sak, string Skyldnernavn, string Innhold)> nye, Aktor aktor, DateTimeOffset naa, CancellationToken cancellationToken)
    {
        if (nye.Any(n => n.Sak.KreditorId != kreditorId || n.Sak.Mottatt != mottatt || n.Sak.Stadium != Saksstadium.BegjaringMottatt))
        {
            throw new InvalidOperationException("Bare nye begjæringer fra én kreditor, mottatt samme dag, skrives sammen.");
        }

        var s = nye.Select(n => n.Sak).ToList();
        var command = new NpgsqlBatchCommand(NyeSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("kreditor_id", kreditorId));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("mottatt", mottatt));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("id", s.Select(x => x.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("saksnummer", s.Select(x => x.Saksnummer).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("skyldner_id", s.Select(x => x.SkyldnerId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kontor", s.Select(x => x.Kontor).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("type", s.Select(x => x.Type.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("stadium", s.Select(x => x.Stadium.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("hovedstol", s.Select(x => Kopiering.Ore(x.Hovedstol)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("renter", s.Select(x => Kopiering.Ore(x.Renter)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("omkostninger", s.Select(x => Kopiering.Ore(x.Omkostninger)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kreditor_referanse", s.Select(x => x.KreditorReferanse).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("grunnlag_type", s.Select(x => x.Grunnlag.Type.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("forkynt", s.Select(x => x.Grunnlag.Forkynt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("oppfyllelsesfrist", s.Select(x => x.Grunnlag.Oppfyllelsesfrist).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("forfall", s.Select(x => x.Grunnlag.Forfall).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("varsel_sendt", s.Select(x => x.VarselSendt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("navn", nye.Select(x => x.Skyldnernavn).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("innhold", nye.Select(x => x.Innhold).ToArray()));

        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(command);
        foreach (var kommando in Journal.Kommandoer(s, aktor, naa))
        {
            batch.BatchCommands.Add(kommando);
        }

        var lagret = new HashSet<Guid>(nye.Count);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lagret.Add(reader.GetGuid(0));
            }
        }

        foreach (var sak in s)
        {
            sak.FjernHendelser();
        }

        return s.Where(x => lagret.Contains(x.Id)).ToList();
    }

    /// <summary>Copies cases no one else can hold (fresh ids and numbers) with one binary COPY, and journals them.</summary>
    public static async Task KopierAsync(NpgsqlConnection connection, IReadOnlyList<(Sak Sak, string Skyldnernavn)> saker, Aktor aktor, DateTimeOffset naa, long? forsteSekvens, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.StartAsync($"COPY saker ({Kolonner}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (s, navn) in saker)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(s.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(s.Saksnummer, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.KreditorId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(s.SkyldnerId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(s.Kontor, NpgsqlDbType.Varchar, cancellationToken);
                await copy.SkrivAsync(s.Avsluttet, cancellationToken);
                await copy.WriteAsync(s.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.Stadium.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.Hovedstol.Kroner, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(s.Renter.Kroner, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(s.Omkostninger.Kroner, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(s.Innbetalt.Kroner, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(s.KreditorReferanse, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.Mottatt, NpgsqlDbType.Date, cancellationToken);
                await copy.SkrivAsync(s.SaksbehandlerId, NpgsqlDbType.Text, cancellationToken);
                await copy.SkrivAsync(s.ForrigeStadium?.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(s.Grunnlag.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.SkrivAsync(s.Grunnlag.Forkynt, cancellationToken);
                await copy.SkrivAsync(s.Grunnlag.Oppfyllelsesfrist, cancellationToken);
                await copy.SkrivAsync(s.Grunnlag.Forfall, cancellationToken);
                await copy.SkrivAsync(s.VarselSendt, cancellationToken);
                await copy.WriteAsync(navn, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteNullAsync(cancellationToken);
                await copy.SkrivAsync(s.StadiumSiden, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.StartAsync("COPY kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (s, _) in saker)
            {
                foreach (var post in s.Poster)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(s.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await copy.WriteAsync(post.Valuteringsdato, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync(post.Bokforingsdato, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync(post.Type.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(post.Komponent.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                    await copy.WriteAsync(post.Belop.Kroner, NpgsqlDbType.Numeric, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await Journal.KopierAsync(connection, saker.Select(s => s.Sak).ToList(), aktor, naa, forsteSekvens, cancellationToken);
    }
}
