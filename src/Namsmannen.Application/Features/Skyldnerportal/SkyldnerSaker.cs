using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnerportal;

/// <summary>
/// «Min sak» (issue 19): every case against the logged-in debtor, with the creditor, the stage, what is owed and what
/// happens next with its date. Nobody else's case: the list is <see cref="SakOppslag.Synlige"/> for a debtor.
/// </summary>
public static class SkyldnerSaker
{
    public sealed record Query : IRequest<IReadOnlyList<Rad>>;

    /// <param name="Neste">The nearest open deadline of the case, or null.</param>
    public sealed record Rad(string Saksnummer, string Kreditor, Saksstadium Stadium, decimal Utestaende, Neste? Neste, bool ErLukket);

    /// <summary>What happens next: a deadline of the case, by kind, and its day.</summary>
    public sealed record Neste(Fristtype Type, DateOnly Dato);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var saker = await db.Saker.AsNoTracking().Synlige(bruker)
                .Join(db.Kreditorer, s => s.KreditorId, k => k.Id, (s, k) => new { s.Id, s.Saksnummer, Kreditor = k.Navn, s.Stadium, s.Hovedstol, s.Renter, s.Omkostninger, s.Tillegg, s.Innbetalt })
                .ToListAsync(cancellationToken);
            var ider = saker.Select(s => s.Id).ToList();
            var frister = await db.Frister.AsNoTracking().Where(f => ider.Contains(f.SakId) && !f.Oppfylt)
                .Select(f => new { f.SakId, f.Type, f.Dato }).ToListAsync(cancellationToken);
            // Open cases first, then by number; enums are ordered in memory (stored as text).
            return saker
                .Select(s => new Rad(
                    s.Saksnummer, s.Kreditor, s.Stadium, Math.Max(0m, s.Hovedstol + s.Renter + s.Omkostninger + s.Tillegg - s.Innbetalt),
                    frister.Where(f => f.SakId == s.Id && SkyldnerSak.Synlig(f.Type)).OrderBy(f => f.Dato).Select(f => new Neste(f.Type, f.Dato)).FirstOrDefault(),
                    Saksforlop.Lukket.Contains(s.Stadium)))
                .OrderBy(r => r.ErLukket).ThenBy(r => r.Saksnummer, StringComparer.Ordinal).ToList();
        }
    }
}
