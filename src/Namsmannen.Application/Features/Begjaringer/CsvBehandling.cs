using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// Processes uploaded CSV files, one part of 1 000 rows per transaction. The submission row is locked while a part
/// runs (<c>FOR UPDATE SKIP LOCKED</c>), so two app instances never process the same file, and a crash loses at most
/// the part in progress, which the next run does again; the receipts and the counts are committed with the cases.
/// </summary>
public sealed class CsvBehandling(NamsmannenDbContext db, TimeProvider clock)
{
    public const int Delstorrelse = 1000;

    /// <summary>The file being worked through, read once rather than once per part (a file stays on one instance's worker).</summary>
    private static Lest? sistLest;

    /// <summary>Processes the next part of the oldest waiting file. False when there was nothing to do.</summary>
    public async Task<bool> BehandleNesteDelAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var innsending = await db.Innsendinger
            .FromSql($"SELECT * FROM innsendinger WHERE status IN ('VENTER', 'BEHANDLES') ORDER BY opprettet LIMIT 1 FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        if (innsending is null)
        {
            return false;
        }

        var (rader, feil) = Volatile.Read(ref sistLest) is { } lest && lest.Id == innsending.Id ? (lest.Rader, null) : CsvFormat.Les(innsending.Fil ?? []);
        Volatile.Write(ref sistLest, feil is null ? new Lest(innsending.Id, rader) : null);
        if (feil is not null)
        {
            innsending.Status = Innsending.Feilet;
            innsending.Feilmelding = feil;
            innsending.Avsluttet = clock.GetUtcNow();
        }
        else
        {
            var del = rader.Skip(innsending.Behandlet).Take(Delstorrelse).ToList();
            var mottak = new BegjaringMottak(db, clock, new Opplaster(innsending));
            try
            {
                await mottak.BehandleAsync(innsending, del, forsteLinje: innsending.Behandlet + 1, delnummer: (innsending.Behandlet / Delstorrelse) + 1, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Nothing of the failed part is kept. The file stops here with a message instead of blocking the queue;
                // sending it again is safe, since rows already received come back as DUPLIKAT.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await db.Innsendinger.Where(i => i.Id == innsending.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(i => i.Status, Innsending.Feilet)
                        .SetProperty(i => i.Feilmelding, $"Behandlingen stoppet ved rad {innsending.Behandlet + 1} på grunn av en teknisk feil hos oss. Rader før denne er mottatt. Send filen på nytt; rader som alt er mottatt, blir ikke registrert to ganger.")
                        .SetProperty(i => i.Avsluttet, clock.GetUtcNow()),
                    cancellationToken);
                throw;
            }

            innsending.Status = innsending.Behandlet >= rader.Count ? Innsending.Ferdig : Innsending.Behandles;
            if (innsending.Status == Innsending.Ferdig)
            {
                Volatile.Write(ref sistLest, null);
                innsending.Fil = null;
                innsending.Avsluttet = clock.GetUtcNow();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private sealed record Lest(Guid Id, IReadOnlyList<Begjaringsrad> Rader);

    /// <summary>The person who uploaded the file acts in the audit log, though the work runs in the background.</summary>
    private sealed class Opplaster(Innsending innsending) : ICurrentUser
    {
        public string? UserId => null;

        public string Navn => $"{innsending.OpprettetAvNavn} (CSV-filen «{innsending.Filnavn}»)";

        public Guid? KreditorId => innsending.KreditorId;

        public string? Kontor => null;

        public bool IsInRole(string role) => false;
    }
}
