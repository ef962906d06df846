using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// Who decides a proposed fordeling (approves it or sends it back): a supervisor of the case's office, or an
/// administrator when the office has no other supervisor than the one who registered the sale; never the person who
/// registered the sale (four eyes; docs/domain.md, office rules).
/// </summary>
public static class Fordelingsgodkjenning
{
    private const string BareLeder = "Bare en leder kan godkjenne en fordeling.";

    /// <summary>Why <paramref name="bruker"/> may not decide a proposal registered by <paramref name="registrertAvId"/>, or null when they may.</summary>
    public static string? Hindring(ICurrentUser bruker, string registrertAvId) =>
        ToSettOyne.Hindring(bruker, registrertAvId, BareLeder, "Du registrerte salget selv. En annen leder må godkjenne fordelingen (to sett øyne).");

    /// <summary>Refuses, before anything is read, a user who may decide no fordeling at all.</summary>
    public static void KontrollerRolle(ICurrentUser bruker)
    {
        if (!ToSettOyne.KanAvgjore(bruker))
        {
            throw new DomainException(BareLeder);
        }
    }

    /// <summary>
    /// The proposal waiting for a decision on <paramref name="sak"/>, tracked, once <paramref name="bruker"/> (whose role
    /// <see cref="KontrollerRolle"/> has checked) may decide it.
    /// </summary>
    public static async Task<FordelingForslag> VenterAsync(NamsmannenDbContext db, ICurrentUser bruker, Sak sak, CancellationToken cancellationToken)
    {
        var forslag = await db.Fordelinger.Include(f => f.Linjer)
            .Where(f => f.SakId == sak.Id && f.Godkjent == null && f.Returnert == null)
            .OrderByDescending(f => f.Dato)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Saken har ingen fordeling som venter på godkjenning.");
        return Hindring(bruker, forslag.RegistrertAvId) is { } hindring ? throw new DomainException(hindring) : forslag;
    }
}
