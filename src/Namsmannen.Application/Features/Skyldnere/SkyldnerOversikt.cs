using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnere;

/// <summary>
/// One debtor across all creditors: every case the user may see, the begjæringer that can be handled in one
/// utleggsforretning (samordning), and the coordinated trekk with its kravkø and how next month's trekk is shared out.
/// A debtor with no case visible to the user is "not found" (issue 12, H1). The kravkø is the debtor's one queue, so it
/// is counted over every running trekk, but a place held by another office's case shows no saksnummer.
/// </summary>
public static partial class SkyldnerOversikt
{
    private static readonly Saksstadium[] KanSamordnes = [Saksstadium.Godtatt, Saksstadium.VarselSendt];

    public sealed record Query(Guid SkyldnerId) : IRequest<Result>;

    public sealed record Result(
        string Navn,
        string IdMaskert,
        string Adresse,
        IReadOnlyList<SakRad> Saker,
        IReadOnlyList<string> Samordning,
        TrekkInfo? Trekk,
        IReadOnlyList<KoRad> Kravko,
        Domain.Parter.Husstandsopplysninger? Husstand,
        Domain.Parter.Malform? Malform,
        bool FortroligAdresse)
    {
        /// <summary>The registered address in its parts, for the form that corrects it.</summary>
        public (string Adresse, string Postnummer, string Poststed) Registrert { get; init; }

        /// <summary>What Posten's register says is wrong with the registered address (issue 12, M2); null when nothing.</summary>
        public string? Adressemerknad { get; init; }
    }

    /// <param name="Vedtak">The decision that sets the amount, with its calculation and warnings.</param>
    public sealed record TrekkInfo(decimal BelopPerManed, string ArbeidsgiverOrgnr, DateOnly Vedtatt, DateOnly Start, Saker.SakDetaljer.TrekkVedtak Vedtak);

    /// <param name="Saksnummer">Null when the case belongs to an office the user does not see.</param>
    public sealed record KoRad(int Plass, string? Saksnummer, Kravklasse Klasse, DateOnly Vedtatt, decimal Utestaende, decimal DekkesNesteManed);

    public sealed partial class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Microsoft.Extensions.Logging.ILogger<Handler> logger, Domain.Parter.Postnummerregister postnummerregister) : IRequestHandler<Query, Result>
    {
        [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Debtor {SkyldnerId} viewed by {BrukerId} ({Bruker})")]
        private static partial void LogVist(Microsoft.Extensions.Logging.ILogger logger, Guid skyldnerId, string? brukerId, string bruker);

        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var skyldner = await SynligSkyldner.HentAsync(db, bruker, request.SkyldnerId, cancellationToken);
            // Who viewed which debtor's cases, income and household is on record (issue 12, M8).
            LogVist(logger, skyldner.Id, bruker.UserId, bruker.Navn);
            await Oppslag.Oppslagslogg.SkrivAsync(db, bruker, clock, Data.Administrasjon.Oppslag.SkyldnerVist, skyldner.Id, cancellationToken);
            var saker = db.Saker.AsNoTracking().Synlige(bruker).Where(s => s.SkyldnerId == skyldner.Id);
            var rader = await SakRader.ListAsync(db, saker, 500, cancellationToken);
            var synlige = rader.Select(r => r.Saksnummer).ToHashSet();
            var samordning = rader.Where(r => KanSamordnes.Contains(r.Stadium)).Select(r => r.Saksnummer).ToList();

            var aktive = await db.Trekk.AsNoTracking()
                .Where(t => t.SkyldnerId == skyldner.Id)
                .Join(db.Saker.Where(s => s.Stadium == Saksstadium.Utleggstrekk), t => t.SakId, s => s.Id, (t, s) => new { t, s.Saksnummer, s.Hovedstol, s.Renter, s.Omkostninger, s.Tillegg, s.Innbetalt })
                .ToListAsync(cancellationToken);
            // domain.md § 5: an old-regime trekk leaves the kravkø on its end date and never sets the coordinated amount
            var ko = Kravko.Aktive(aktive.Select(a => new KravIKo(a.Saksnummer, a.t.Kravklasse, a.t.Vedtatt, new Belop(a.Hovedstol + a.Renter + a.Omkostninger + a.Tillegg - a.Innbetalt), a.t.SenesteSlutt)), Oslotid.IDag(clock));
            TrekkInfo? trekk = null;
            List<KoRad> kravko = [];
            if (ko.Count > 0)
            {
                // ASSUMPTION (docs/domain.md): the newest trekk decision still running sets the debtor's one coordinated monthly amount
                var lopende = ko.Select(k => k.Saksnummer).ToHashSet();
                var siste = aktive.Where(a => lopende.Contains(a.Saksnummer)).OrderByDescending(a => a.t.Vedtatt).ThenByDescending(a => a.Saksnummer, Saksnummer.Rekkefolge).First().t;
                var dekning = Kravko.FordelManedstrekk(new Belop(siste.BelopPerManed), ko).ToDictionary(d => d.Saksnummer);
                kravko = Kravko.Ordne(ko).Select((k, i) => new KoRad(i + 1, synlige.Contains(k.Saksnummer) ? k.Saksnummer : null, k.Klasse, k.TrekkVedtatt, k.Utestaende.Kroner, dekning[k.Saksnummer].Dekket.Kroner)).ToList();
                trekk = new TrekkInfo(siste.BelopPerManed, siste.ArbeidsgiverOrgnr, siste.Vedtatt, siste.Start, Saker.SakDetaljer.TrekkVedtak.Fra(siste));
            }

            return new Result(skyldner.Navn, skyldner.MaskertIdentifikator, skyldner.Postadresse, rader, samordning, trekk, kravko, skyldner.Husstand, skyldner.Malform, skyldner.FortroligAdresse)
            {
                Registrert = (skyldner.Adresse, skyldner.Postnummer, skyldner.Poststed),
                Adressemerknad = Adresser.Postadresseregler.Merknad(postnummerregister, skyldner.Postnummer, skyldner.Poststed),
            };
        }
    }

    public static string Navn(this Kravklasse klasse) => klasse switch
    {
        Kravklasse.Bidrag => "1 Bidrag",
        Kravklasse.ErstatningForStraffbarHandling => "2 Erstatning for straffbar handling",
        Kravklasse.Boter => "3 Bøter",
        Kravklasse.SkattOgAvgifter => "4 Skatt og avgifter",
        _ => "5 Andre krav",
    };
}
