using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// Processes uploaded CSV files, one part of 1 000 rows per transaction. The submission row is locked while a part
/// runs (<c>FOR UPDATE SKIP LOCKED</c>), so two app instances never process the same file, and a crash loses at most
/// the part in progress, which the next run does again; the receipts and the counts are committed with the cases.
/// Issue 12 (H3, H4, M9): the queue serves the least recently served file first, so one large file never holds up the
/// others; a failed part is tried again after a pause, at most <see cref="MaksForsok"/> times, and then the file fails
/// with a message and the queue moves on; the file's bytes are read from the database once per instance, and only the
/// part's rows are parsed into memory.
/// </summary>
public sealed partial class CsvBehandling(NamsmannenDbContext db, TimeProvider clock, ILogger<CsvBehandling> logger, Domain.Parter.Postnummerregister postnummerregister)
{
    public const int Delstorrelse = 1000;

    public const int MaksForsok = 3;

    /// <summary>The bytes of the file being worked through, so a 20 MB file is not fetched again for every part.</summary>
    private static (Guid Id, byte[] Fil)? sistLest;

    /// <summary>Processes the next part of the next waiting file. False when there was nothing to do.</summary>
    public async Task<bool> BehandleNesteDelAsync(CancellationToken cancellationToken)
    {
        var naa = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = (await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM innsendinger
             WHERE status IN ('VENTER', 'BEHANDLES') AND (neste_forsok IS NULL OR neste_forsok <= {naa})
             ORDER BY sist_behandlet NULLS FIRST, opprettet
             LIMIT 1 FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken)).SingleOrDefault();
        if (id == Guid.Empty)
        {
            return false;
        }

        // Everything but the file: its bytes come from the cache or a query of their own.
        var innsending = await db.Innsendinger.Where(i => i.Id == id).Select(i => new Innsending
        {
            Id = i.Id,
            KreditorId = i.KreditorId,
            Kanal = i.Kanal,
            Opprettet = i.Opprettet,
            OpprettetAvNavn = i.OpprettetAvNavn,
            Status = i.Status,
            Filnavn = i.Filnavn,
            AntallRader = i.AntallRader,
            Behandlet = i.Behandlet,
            Mottatt = i.Mottatt,
            Avvist = i.Avvist,
            Duplikat = i.Duplikat,
            Feilmelding = i.Feilmelding,
            Avsluttet = i.Avsluttet,
            Forsok = i.Forsok,
            NesteForsok = i.NesteForsok,
            SistBehandlet = i.SistBehandlet,
        }).SingleAsync(cancellationToken);
        db.Attach(innsending);
        var (status, behandlet, forsokFor) = (innsending.Status, innsending.Behandlet, innsending.Forsok);
        try
        {
            var fil = sistLest is { } lest && lest.Id == id ? lest.Fil : await db.Innsendinger.Where(i => i.Id == id).Select(i => i.Fil).SingleAsync(cancellationToken) ?? [];
            sistLest = (id, fil);
            var lesing = CsvFormat.Les(fil, hopp: innsending.Behandlet, ta: Delstorrelse);
            if (lesing.Feil is not null)
            {
                innsending.Status = Innsending.Feilet;
                innsending.Feilmelding = lesing.Feil;
                innsending.Avsluttet = naa;
            }
            else
            {
                var mottak = new BegjaringMottak(db, clock, Opplaster(innsending), postnummerregister);
                await mottak.BehandleAsync(innsending, lesing.Rader, forsteLinje: innsending.Behandlet + 1, delnummer: (innsending.Behandlet / Delstorrelse) + 1, cancellationToken);
                innsending.Status = innsending.Behandlet >= lesing.Antall ? Innsending.Ferdig : Innsending.Behandles;
                innsending.Avsluttet = innsending.Status == Innsending.Ferdig ? naa : null;
            }

            innsending.Forsok = 0;
            innsending.NesteForsok = null;
            innsending.SistBehandlet = naa;
            await db.SaveChangesAsync(cancellationToken);
            if (innsending.Status is Innsending.Ferdig or Innsending.Feilet)
            {
                // A file's personal data goes as soon as it is done, processed or failed (docs/operations.md; issue 12, M8).
                await db.Innsendinger.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Fil, (byte[]?)null), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            if (innsending.Status is Innsending.Ferdig or Innsending.Feilet)
            {
                sistLest = null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing of the failed part is kept. The part is tried again after a pause; after MaksForsok failures the
            // file stops with a message instead of blocking the queue. Sending it again is safe: received rows are DUPLIKAT.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            sistLest = null;
            // The in-memory row already holds the failed part's counts and state; the stored row keeps what it had.
            var forsok = forsokFor + 1;
            var gir = forsok >= MaksForsok;
            LogDelFeilet(logger, ex, id, behandlet + 1, forsok, gir);
            await db.Innsendinger.Where(i => i.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Forsok, forsok)
                    .SetProperty(i => i.NesteForsok, gir ? null : naa.AddSeconds(5 * Math.Pow(4, forsok - 1)))
                    .SetProperty(i => i.SistBehandlet, naa)
                    .SetProperty(i => i.Status, gir ? Innsending.Feilet : status)
                    .SetProperty(i => i.Feilmelding, gir ? $"Behandlingen stoppet ved rad {behandlet + 1} på grunn av en teknisk feil hos oss, etter {MaksForsok} forsøk. Rader før denne er mottatt. Send filen på nytt; rader som alt er mottatt, blir ikke registrert to ganger." : null)
                    .SetProperty(i => i.Avsluttet, gir ? naa : null)
                    .SetProperty(i => i.Fil, i => gir ? null : i.Fil),
                cancellationToken);
        }

        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// Removes what is kept only for a while (issue 12, M8): Idempotency-Keys after 30 days, and the file of any
    /// submission that is done but still holds one (from before files were cleared on failure).
    /// </summary>
    public async Task RyddAsync(CancellationToken cancellationToken)
    {
        var grense = clock.GetUtcNow().AddDays(-30);
        await db.Idempotensnokler.Where(k => k.Opprettet < grense).ExecuteDeleteAsync(cancellationToken);
        await db.Innsendinger.Where(i => (i.Status == Innsending.Feilet || i.Status == Innsending.Ferdig) && i.Fil != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Fil, (byte[]?)null), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CSV file {InnsendingId}: the part from row {Rad} failed (attempt {Forsok}; file failed: {Gitt})")]
    private static partial void LogDelFeilet(ILogger logger, Exception exception, Guid innsendingId, int rad, int forsok, bool gitt);

    /// <summary>The person who uploaded the file acts in the audit log, though the work runs in the background.</summary>
    private static Systembruker Opplaster(Innsending innsending) =>
        new($"{innsending.OpprettetAvNavn} (CSV-filen «{innsending.Filnavn}»)", KreditorId: innsending.KreditorId);
}
