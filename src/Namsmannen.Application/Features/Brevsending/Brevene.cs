using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// The letters of a case the user may see (<see cref="SakOppslag.Synlige"/>): a caseworker every letter of their
/// office's cases, a creditor only the letters to itself on its own cases. Anything else is "not found".
/// </summary>
public static class Brevliste
{
    public sealed record Query(string Saksnummer) : IRequest<IReadOnlyList<Rad>>;

    /// <param name="Status">«Venter på utsending», «Sendt digitalt 21.11.2026, mottatt 21.11.2026, åpnet 22.11.2026» or «Sendt på papir …».</param>
    public sealed record Rad(Guid Id, Brevart Art, string Navn, Brevmottaker Mottaker, Malform? Malform, Brevkanal? Kanal, DateOnly Bestilt, DateOnly? Sendt, DateOnly? Levert, string Status);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var nr = request.Saksnummer.Trim();
            var sakId = await db.Saker.AsNoTracking().Synlige(bruker).Where(s => s.Saksnummer == nr).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {nr}.");
            var brev = await Synlige(db.Brev.AsNoTracking(), bruker).Where(b => b.SakId == sakId).ToListAsync(cancellationToken);
            // In the order the steps came, and within a step as the kinds and recipients are listed (the debtor first).
            return brev.OrderBy(b => b.Bestilt).ThenBy(b => b.Art).ThenBy(b => b.Mottaker).ThenBy(b => b.Id).Select(b => new Rad(b.Id, b.Art, b.Art.Navn(), b.Mottaker, b.Malform, b.Kanal, b.Bestilt, b.Sendt, b.Levert, Status(b))).ToList();
        }
    }

    /// <summary>The letters a user may read: a creditor only those to itself, a debtor only those to the debtor.</summary>
    public static IQueryable<Brev> Synlige(IQueryable<Brev> brev, ICurrentUser bruker) =>
        bruker.IsInRole(Identity.Roller.Skyldner) ? brev.Where(b => b.Mottaker == Brevmottaker.Skyldner)
        : bruker.KreditorId is null ? brev : brev.Where(b => b.Mottaker == Brevmottaker.Kreditor);

    public static string Status(Brev b) => b.Sendt is { } sendt
        ? $"Sendt {(b.Kanal == Brevkanal.Digital ? "digitalt" : "på papir")} {sendt:dd.MM.yyyy}, mottatt {b.Levert:dd.MM.yyyy}" + (b.Apnet is { } apnet ? $", åpnet {apnet:dd.MM.yyyy}" : string.Empty)
        : "Venter på utsending";
}

/// <summary>
/// One sent letter as its recipient got it: the PDF, or the accessible HTML the portals show; or the same letter written
/// again in the other målform, for a reader who wants it so (HTML, composed on the spot from what it was about). Only a
/// letter the user may see (<see cref="Brevliste.Synlige"/>); anything else, or a letter not yet sent, is "not found".
/// </summary>
public static class HentBrev
{
    /// <param name="Saksnummer">The case the letter must belong to; null from the API, which names the letter alone.</param>
    /// <param name="VisIMalform">The målform to show the letter in (HTML only); null for the letter as sent.</param>
    public sealed record Query(string? Saksnummer, Guid Id, bool Pdf, Malform? VisIMalform = null) : IRequest<Brevdokument>;

    public sealed record Brevdokument(string Filnavn, string Innholdstype, byte[] Innhold);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, Brevsetter setter) : IRequestHandler<Query, Brevdokument>
    {
        public async Task<Brevdokument> Handle(Query request, CancellationToken cancellationToken)
        {
            var funnet = await Brevliste.Synlige(db.Brev.AsNoTracking(), bruker)
                .Where(b => b.Id == request.Id && b.Sendt != null)
                .Join(db.Saker.AsNoTracking().Synlige(bruker), b => b.SakId, s => s.Id, (b, s) => new { Brev = b, Sak = s })
                .Where(x => request.Saksnummer == null || x.Sak.Saksnummer == request.Saksnummer)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke brevet.");
            var (brev, sak) = (funnet.Brev, funnet.Sak);
            var filnavn = $"{sak.Saksnummer}-{Brevmaler.Versjoner[brev.Art].Kode}-{brev.Mottaker.ToString().ToLowerInvariant()}";
            if (request.VisIMalform is { } malform && malform != brev.Malform && !request.Pdf)
            {
                var parter = await setter.ParterAsync(sak, cancellationToken);
                var mottaker = await setter.MottakerAsync(brev, parter, cancellationToken, malform);
                var modell = await setter.SettAsync(sak, brev, parter, mottaker, brev.Sendt!.Value, brev.Levert!.Value, cancellationToken);
                return new Brevdokument($"{filnavn}-{malform.Sprakkode()}.html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(BrevHtml.Skriv(modell, Brevmaler.Skriv(modell))));
            }

            var fil = await db.Brevfiler.AsNoTracking().Where(f => f.BrevId == brev.Id).SingleAsync(cancellationToken);
            return request.Pdf
                ? new Brevdokument(filnavn + ".pdf", "application/pdf", fil.Pdf)
                : new Brevdokument(filnavn + ".html", "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(fil.Html));
        }
    }
}
