using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data;

/// <summary>
/// Reads the append-only audit log (which <see cref="Journal"/> writes), saves a case at the version the user saw, and
/// turns an optimistic-concurrency conflict into a message that says who changed the case.
/// </summary>
public static class Revisjon
{
    /// <summary>The Oslo day the case first took <paramref name="handling"/>, from its audit lines, or null if it never did.</summary>
    public static async Task<DateOnly?> DatoForAsync(NamsmannenDbContext db, Guid sakId, Handling handling, CancellationToken cancellationToken)
    {
        var kode = Journal.Kode(handling);
        var tidspunkt = await db.SaksHendelser.AsNoTracking().Where(h => h.SakId == sakId && h.Type == kode).OrderBy(h => h.Id)
            .Select(h => (DateTimeOffset?)h.Tidspunkt).FirstOrDefaultAsync(cancellationToken);
        return tidspunkt is { } t ? Oslotid.Dato(t) : null;
    }

    /// <summary>
    /// Saves, expecting the case to be at <paramref name="forventetVersjon"/> (the version the user saw). If another user
    /// changed it in between, nothing is saved and the user is told who changed it and when.
    /// </summary>
    public static async Task LagreAsync(NamsmannenDbContext db, ICurrentUser bruker, Sak sak, uint? forventetVersjon, CancellationToken cancellationToken)
    {
        if (forventetVersjon is { } versjon)
        {
            db.Entry(sak).Property(s => s.Versjon).OriginalValue = versjon;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw await KonfliktAsync(db, bruker, sak, cancellationToken);
        }
    }

    /// <summary>
    /// Refuses at once when the case is no longer the version the user saw, before any rule is checked against a
    /// state the user has not seen: they are told who changed it, not that their action is no longer allowed.
    /// </summary>
    public static async Task SjekkVersjonAsync(NamsmannenDbContext db, ICurrentUser bruker, Sak sak, uint? forventetVersjon, CancellationToken cancellationToken)
    {
        if (forventetVersjon is { } versjon && versjon != sak.Versjon)
        {
            throw await KonfliktAsync(db, bruker, sak, cancellationToken);
        }
    }

    /// <remarks>A creditor is told when, never who: the office's caseworkers are not named to a creditor (issue 12, L2).</remarks>
    private static async Task<KonfliktException> KonfliktAsync(NamsmannenDbContext db, ICurrentUser bruker, Sak sak, CancellationToken cancellationToken)
    {
        var siste = await db.SaksHendelser.AsNoTracking()
            .Where(h => h.SakId == sak.Id)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.UtfortAvNavn, h.Tidspunkt })
            .FirstOrDefaultAsync(cancellationToken);
        var hvem = siste is null
            ? "en annen bruker"
            : $"{(bruker.KreditorId is null ? siste.UtfortAvNavn : "en annen bruker")} ({Oslotid.Tidspunkt(siste.Tidspunkt)})";
        return new KonfliktException($"Saken {sak.Saksnummer} ble endret av {hvem} etter at du åpnet den. Ingenting er lagret. Last siden på nytt og se endringen før du prøver igjen.");
    }
}
