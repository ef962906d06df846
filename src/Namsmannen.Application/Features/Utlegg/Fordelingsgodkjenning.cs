using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
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
        ToSettOyne.Hindring(bruker, registrertAvId, BareLeder, FordelingForslag.EgetSalg);

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
        await db.Entry(sak).Collection(s => s.Fordelinger).Query().Include(f => f.Linjer)
            .Where(f => f.Godkjent == null && f.Returnert == null).LoadAsync(cancellationToken);
        var forslag = sak.VentendeFordeling();
        return Hindring(bruker, forslag.RegistrertAvId) is { } hindring ? throw new DomainException(hindring) : forslag;
    }
}
