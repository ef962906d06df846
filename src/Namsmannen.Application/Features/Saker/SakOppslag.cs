using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

public static class SakOppslag
{
    /// <summary>
    /// The case, tracked for change, or a Norwegian "not found"; a conflict at once if it is no longer the version
    /// the user saw. A creditor finds only its own cases: another creditor's case is "not found", exactly like one
    /// that does not exist, so a creditor cannot even learn that a saksnummer is in use.
    /// </summary>
    public static async Task<Sak> HentAsync(NamsmannenDbContext db, ICurrentUser bruker, string saksnummer, uint? forventetVersjon, CancellationToken cancellationToken)
    {
        // The open deadlines come with the case: the varsel's date and an utsettelse's end are rules of the case.
        var sak = await db.Saker.Synlige(bruker).Where(s => s.Saksnummer == saksnummer.Trim()).MedRegler().SingleOrDefaultAsync(cancellationToken)
            ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {saksnummer}.");
        await Revisjon.SjekkVersjonAsync(db, bruker, sak, forventetVersjon, cancellationToken);
        return sak;
    }

    /// <summary>
    /// The case by id with its open deadlines and ledger, tracked for change, for work that found it through something
    /// the caller may act on (an employer's own trekkpålegg, a scheduled job); never from a user's free input.
    /// </summary>
    public static Task<Sak> HentMedIdAsync(NamsmannenDbContext db, Guid sakId, CancellationToken cancellationToken) =>
        db.Saker.Where(s => s.Id == sakId).MedRegler().SingleAsync(cancellationToken);

    /// <summary>
    /// Many cases by id, as <see cref="HentMedIdAsync"/> loads one, in one round of queries, for a job that acts on a part
    /// of its work at a time.
    /// </summary>
    public static Task<Dictionary<Guid, Sak>> HentMangeMedIdAsync(NamsmannenDbContext db, IReadOnlyCollection<Guid> sakIder, CancellationToken cancellationToken) =>
        db.Saker.Where(s => sakIder.Contains(s.Id)).MedRegler().AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, cancellationToken);

    /// <summary>
    /// What a case needs loaded for its rules: its open deadlines and its ledger, in one statement, so the case and both
    /// come from one snapshot (said explicitly, or EF warns in the log on every start); a caller loading many cases
    /// splits it.
    /// </summary>
    internal static IQueryable<Sak> MedRegler(this IQueryable<Sak> saker) =>
        saker.Include(s => s.Frister.Where(f => !f.Oppfylt)).Include(s => s.Poster).AsSingleQuery();

    /// <summary>
    /// The cases the user may see: a creditor its own, a caseworker or supervisor their office's, an administrator all.
    /// Anything else is "not found", exactly like a case that does not exist.
    /// </summary>
    public static IQueryable<Sak> Synlige(this IQueryable<Sak> saker, ICurrentUser bruker)
    {
        if (bruker.IsInRole(Identity.Roller.Skyldner))
        {
            // A debtor sees only the cases against them (issue 19); one with no case, none.
            var skyldnerId = bruker.SkyldnerId;
            return skyldnerId is null ? saker.Where(s => false) : saker.Where(s => s.SkyldnerId == skyldnerId);
        }

        if (bruker.KreditorId is { } kreditorId)
        {
            saker = saker.Where(s => s.KreditorId == kreditorId);
        }

        if (bruker.Kontor is { } kontor)
        {
            saker = saker.Where(s => s.Kontor == kontor);
        }
        else if (bruker.ManglerKontor())
        {
            saker = saker.Where(s => false);
        }

        return saker;
    }
}
