using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utsendinger;

/// <summary>
/// The office's error list of the outbox: messages that failed (refused, or out of attempts), messages still being
/// retried, and deletions a register has not acknowledged within <see cref="PurreVirkedager"/> working days of the
/// order (chased: they stand here until they are acknowledged). Never silently nowhere.
/// </summary>
public static class Utsendingsliste
{
    // issue 18 (office rule, docs/domain.md): a deletion not acknowledged within 5 working days is chased
    public const int PurreVirkedager = 5;

    public sealed record Query : IRequest<IReadOnlyList<Rad>>;

    /// <param name="Melding">What the message is and to whom, in the caseworker's words: «Registrering til Løsøreregisteret», «Brev: Varsel om utleggsforretning til skyldner».</param>
    /// <param name="Purres">A deletion ordered more than <see cref="PurreVirkedager"/> working days ago, not acknowledged.</param>
    public sealed record Rad(long Id, string Saksnummer, Utsendingsart Art, string Melding, Utsendingsstatus Status, int Forsok, string? SisteFeil, DateTimeOffset Opprettet, DateTimeOffset NesteForsok, bool Purres);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var grense = Purregrense(Oslotid.IDag(clock));
            var rader = await db.Utsendinger.AsNoTracking()
                .Where(u => kontor == null || u.Kontor == kontor)
                .Where(u => u.Status == Utsendingsstatus.Feilet
                    || (u.Status == Utsendingsstatus.Venter && (u.Forsok > 0 || (u.Art == Utsendingsart.Sletting && u.Opprettet < grense))))
                .OrderBy(u => u.Status == Utsendingsstatus.Feilet ? 0 : 1).ThenBy(u => u.Opprettet).ThenBy(u => u.Id).Take(500)
                .Join(db.Saker, u => u.SakId, s => s.Id, (u, s) => new { u, s.Saksnummer })
                .GroupJoin(db.Brev, r => r.u.Referanse, b => b.Id, (r, b) => new { r.u, r.Saksnummer, b })
                .SelectMany(r => r.b.DefaultIfEmpty(), (r, b) => new { r.u, r.Saksnummer, Art = (Domain.Saker.Brevart?)b!.Art, Mottaker = (Domain.Saker.Brevmottaker?)b.Mottaker })
                .ToListAsync(cancellationToken);
            // Ordered again after the joins, which keep the rows but not their order; within one transaction, as written.
            return rader.OrderBy(r => r.u.Status == Utsendingsstatus.Feilet ? 0 : 1).ThenBy(r => r.u.Opprettet).ThenBy(r => r.u.Id).Select(r => new Rad(r.u.Id, r.Saksnummer, r.u.Art, Beskriv(r.u, r.Art, r.Mottaker), r.u.Status, r.u.Forsok, r.u.SisteFeil, r.u.Opprettet, r.u.NesteForsok,
                r.u.Art == Utsendingsart.Sletting && r.u.Opprettet < grense)).ToList();
        }
    }

    /// <summary>What a message is and to whom, as the error list names it.</summary>
    public static string Beskriv(Utsending utsending, Domain.Saker.Brevart? brev, Domain.Saker.Brevmottaker? mottaker) => utsending.Art switch
    {
        Utsendingsart.Brev => $"Brev: {brev?.Navn()} til {mottaker?.Navn().ToLowerInvariant()}",
        Utsendingsart.Sletting => $"Slettemelding til {utsending.Register?.Navn()}",
        _ => $"Registrering til {utsending.Register?.Navn()}",
    };

    /// <summary>The start of the Oslo day <see cref="PurreVirkedager"/> working days before <paramref name="idag"/>: a deletion ordered before it is overdue.</summary>
    public static DateTimeOffset Purregrense(DateOnly idag) => Oslotid.Midnatt(Frister.LeggTilVirkedager(idag, -PurreVirkedager));
}
