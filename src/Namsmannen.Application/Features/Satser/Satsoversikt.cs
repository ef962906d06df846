using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Satser;

/// <summary>
/// The rate tables for administrators (issue 20): each table's state today (in force, stale, missing), its rows with
/// who proposed and confirmed them, and the proposals that wait for a second administrator.
/// </summary>
public static class Satsoversikt
{
    /// <param name="Tabell">One table's code for its own page; null for every table.</param>
    public sealed record Query(string? Tabell = null) : IRequest<Result>;

    public sealed record Result(DateOnly IDag, IReadOnlyList<Tabell> Tabeller, IReadOnlyList<Rad> Venter, IReadOnlyList<string> Advarsler);

    public sealed record Tabell(string Kode, string Navn, string Fornyes, SatsStatus Status, string? Advarsel, Rad? IKraft, IReadOnlyList<Rad> Rader, int AvledetUbekreftet);

    /// <param name="Tilstand">«Gjelder», «Venter på bekreftelse», «Avvist», «Erstattet», «Avledet, ikke bekreftet».</param>
    /// <param name="KanBekrefte">Whether the user may confirm it: an administrator who did not propose it.</param>
    /// <param name="KanAvvise">Whether the user may reject it (another administrator) or withdraw it (the one who proposed it).</param>
    public sealed record Rad(long Id, string Tabell, string TabellNavn, DateOnly Fra, string Verdi, string Kilde, bool Avledet, string Tilstand, string ForeslattAvNavn, DateTimeOffset Foreslatt, string? BehandletAvNavn, DateTimeOffset? Behandlet, bool KanBekrefte, bool KanAvvise);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var rader = await db.Satsrader.AsNoTracking().Where(r => request.Tabell == null || r.Tabell == request.Tabell).ToListAsync(cancellationToken);
            var admin = bruker.IsInRole(Roller.Admin);
            var tabeller = Satstabeller.Alle.Where(t => request.Tabell is null || t.Kode == request.Tabell).Select(t =>
            {
                var egne = rader.Where(r => r.Tabell == t.Kode).OrderByDescending(r => r.Fra).ThenByDescending(r => r.Id).Select(r => Vis(r, t, admin)).ToList();
                var (status, advarsel) = Tilstand(t.Kode, idag);
                var iKraft = egne.Where(r => r.Tilstand is Gjelder or AvledetUbekreftet && r.Fra <= idag).MaxBy(r => r.Fra);
                return new Tabell(t.Kode, t.Navn, t.Fornyes, status, advarsel, iKraft, egne, egne.Count(r => r.Tilstand == AvledetUbekreftet));
            }).ToList();
            var venter = tabeller.SelectMany(t => t.Rader).Where(r => r.Tilstand == VenterTekst).OrderBy(r => r.Foreslatt).ToList();
            return new Result(idag, tabeller, venter, satser.Advarsler(idag));
        }

        private (SatsStatus Status, string? Advarsel) Tilstand(string kode, DateOnly idag)
        {
            var deler = kode.Split('.');
            return deler[0] switch
            {
                "rettsgebyr" => satser.Rettsgebyr.Tilstand(idag),
                "gebyrmultiplikatorer" => satser.Gebyrmultiplikatorer[Features.Beregninger.BeregnRettsgebyr.Steg[deler[1]].Steg].Tilstand(idag),
                "grunnbelop" => satser.Grunnbelop.Tilstand(idag),
                "livsopphold" => satser.Livsopphold.Tilstand(idag),
                "samvaer" => satser.Samvaer.Tilstand(idag),
                "boutgiftsnorm" => satser.Boutgiftsnorm.Tilstand(idag),
                "forsinkelsesrente" => satser.Forsinkelsesrente.Tilstand(idag),
                _ => (SatsStatus.Mangler, null),
            };
        }

        private Rad Vis(Satsrad r, Satstabellbeskrivelse t, bool admin)
        {
            var tilstand = r.Status switch
            {
                Satsradstatus.Foreslatt => VenterTekst,
                Satsradstatus.Avvist => r.BehandletAv is not null && r.BehandletAv == r.ForeslattAv ? "Trukket" : "Avvist",
                _ when r.ErstattetAv is not null => "Erstattet",
                _ when r.Avledet && r.BehandletAvNavn is null => AvledetUbekreftet,
                _ => Gjelder,
            };
            var venter = tilstand is VenterTekst or AvledetUbekreftet;
            return new Rad(r.Id, r.Tabell, t.Navn, r.Fra, t.Tekst(r.Verdi), r.Kilde, r.Avledet, tilstand, r.ForeslattAvNavn, r.Foreslatt, r.BehandletAvNavn, r.Behandlet,
                KanBekrefte: admin && venter && (r.ForeslattAv is null || r.ForeslattAv != bruker.UserId),
                KanAvvise: admin && tilstand == VenterTekst);
        }
    }

    public const string Gjelder = "Gjelder";

    public const string VenterTekst = "Venter på bekreftelse";

    public const string AvledetUbekreftet = "Avledet, ikke bekreftet";
}
