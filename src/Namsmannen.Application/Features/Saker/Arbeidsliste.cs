using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// The caseworker's queue: my open cases, new begjæringer nobody has taken, or all cases; filtered by stage and
/// creditor; searched by saksnummer, fødselsnummer, organisasjonsnummer or debtor name; paged by a keyset on
/// (mottatt, saksnummer) so a deep page costs what the first does.
/// </summary>
public static partial class Arbeidsliste
{
    public const int Sidestorrelse = 25;

    private static readonly Saksstadium[] Lukket = [.. Saksforlop.Lukket];

    public enum Visning
    {
        Mine,
        Ufordelte,
        FristIDag,
        FristPassert,
        Alle,

        /// <summary>Open cases whose debtor's address Posten's postnummerregister does not know (issue 12, M2).</summary>
        AdresseAKontrollere,
    }

    public sealed record Query : IRequest<Result>
    {
        public Visning Visning { get; init; } = Visning.Mine;

        public Saksstadium? Stadium { get; init; }

        public Guid? KreditorId { get; init; }

        public string? Sok { get; init; }

        /// <summary>An administrator's choice of office; caseworkers and supervisors always see their own.</summary>
        public string? Kontor { get; init; }

        /// <summary>One caseworker's cases; <see cref="IkkeTildelt"/> for the cases nobody has.</summary>
        public string? SaksbehandlerId { get; init; }

        /// <summary>Only open (true) or only closed (false) cases.</summary>
        public bool? Apne { get; init; }

        public DateOnly? MottattFra { get; init; }

        public DateOnly? MottattTil { get; init; }

        public DateOnly? AvsluttetFra { get; init; }

        public DateOnly? AvsluttetTil { get; init; }

        /// <summary>The name search looks inside names (part of a word), as the first page found it had to; the page links carry it.</summary>
        public bool Delsok { get; init; }

        /// <summary>The keyset cursor: the last row of the previous page.</summary>
        public DateOnly? EtterMottatt { get; init; }

        public string? EtterSaksnummer { get; init; }

        /// <summary>Only the rows: an export that walks every page needs neither the tab counts nor the creditor list each time.</summary>
        public bool BareSaker { get; init; }
    }

    /// <summary>The <see cref="Query.SaksbehandlerId"/> that means "not assigned to anyone".</summary>
    public const string IkkeTildelt = "ingen";

    public sealed record Markor(DateOnly Mottatt, string Saksnummer);

    public sealed record KreditorValg(Guid Id, string Navn);

    public sealed record Result(int AntallMine, int AntallUfordelte, int AntallFristIDag, int AntallFristPassert, IReadOnlyList<SakRad> Saker, Markor? Neste, IReadOnlyList<KreditorValg> Kreditorer, string? Sokeforklaring, string? Saksbehandlernavn = null, bool Delsok = false);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Sok).Must(s => s is null || s.Trim().Length == 0 || s.Trim().Length >= 3 || Digits().IsMatch(s.Trim()))
                .WithMessage("Skriv minst tre tegn av navnet, eller et helt saksnummer, fødselsnummer eller organisasjonsnummer.");
            RuleFor(q => q.Sok).MaximumLength(100).WithMessage("Søket kan ha høyst 100 tegn.");
            RuleFor(q => q.EtterSaksnummer).NotEmpty().When(q => q.EtterMottatt is not null).WithMessage("Sidemarkøren er ufullstendig.");
            RuleFor(q => q.Kontor).Must(k => string.IsNullOrEmpty(k) || Kontorinndeling.FraKode(k) is not null).WithMessage("Velg et kontor fra listen.");
            RuleFor(q => q.MottattTil).GreaterThanOrEqualTo(q => q.MottattFra).When(q => q.MottattFra is not null && q.MottattTil is not null)
                .WithMessage("«Mottatt til» kan ikke være før «mottatt fra».");
            RuleFor(q => q.AvsluttetTil).GreaterThanOrEqualTo(q => q.AvsluttetFra).When(q => q.AvsluttetFra is not null && q.AvsluttetTil is not null)
                .WithMessage("«Avsluttet til» kan ikke være før «avsluttet fra».");
        }
    }

    /// <remarks>Read from the replica when there is one (issue 20): a case changed a moment ago may show its old state for that moment.</remarks>
    public sealed partial class Handler(Lesedatabase lesing, NamsmannenDbContext primar, ICurrentUser user, TimeProvider clock, Domain.Parter.Postnummerregister postnummerregister, Microsoft.Extensions.Logging.ILogger<Handler> logger) : IRequestHandler<Query, Result>
    {
        private readonly NamsmannenDbContext db = lesing.Kontekst;

        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            await db.HoldTilkoblingenAsync(cancellationToken);
            // Without a user id there are no "mine": EF would compare a null variable with IS NULL and list the unassigned.
            var meg = user.UserId;
            var idag = Oslotid.IDag(clock);
            // A caseworker or supervisor sees their own office only, in the list and in every count; an administrator may choose one.
            var kontor = user.Kontor ?? (string.IsNullOrEmpty(request.Kontor) ? null : request.Kontor);
            if (user.ManglerKontor())
            {
                throw new UnauthorizedAccessException("Brukeren er ikke knyttet til et kontor.");
            }

            var saker = kontor is null ? db.Saker.AsNoTracking() : db.Saker.AsNoTracking().Where(s => s.Kontor == kontor);
            // An exact saksnummer, fødselsnummer or organisasjonsnummer finds its cases whatever the view and filters (issue 15);
            // the office rule above still applies.
            var kontoretsSaker = saker;
            saker = Filtrer(saker, request, meg, idag, db.Frister.Where(f => !f.Oppfylt));
            if (request.Visning == Visning.AdresseAKontrollere)
            {
                // The flagged debtors first (few), then their cases by the debtor index: filtering the cases by their
                // debtor's address instead walked every case of the office (2.5 s at 1 000 000 cases).
                var skyldnere = await SkyldnereAKontrollereAsync(cancellationToken);
                saker = saker.Where(s => !Lukket.Contains(s.Stadium) && skyldnere.Contains(s.SkyldnerId));
            }

            string? forklaring = null;
            Navnesok? navnesok = null;
            var sok = request.Sok?.Trim();
            if (!string.IsNullOrEmpty(sok))
            {
                if (sok.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: 9 or 11 } id && id.All(char.IsAsciiDigit))
                {
                    // Who looked up which person is on record (issue 12, M8): in the lookup log by the debtor's id, and in
                    // the application log with the number masked.
                    LogIdentifikatorsok(logger, user.UserId, user.Navn, id);
                    await Oppslag.Oppslagslogg.SkrivSokAsync(primar, user, clock, id, cancellationToken);
                }

                (saker, forklaring, navnesok) = SokEtter(saker, kontoretsSaker, sok);
            }

            var delsok = request.Delsok;
            List<SakRad> rader;
            if (navnesok is not null && !delsok)
            {
                rader = await OrdsokAsync(saker, navnesok, request.EtterMottatt, request.EtterSaksnummer, cancellationToken);
                forklaring = navnesok.AntallOrd == 1 ? $"navn med ordet «{sok}»" : $"navn som inneholder «{sok}»";

                // A part of a word ("Nordm") is in no entry: on the first page, look inside the names instead, and let
                // the page links say so, so that every page searches the same way.
                if (rader.Count == 0 && request.EtterMottatt is null && (await Data.Navneord.ForekomsterAsync(db, navnesok.Ordene, cancellationToken)).Any(f => f.Antall == 0))
                {
                    delsok = true;
                }
            }
            else
            {
                rader = [];
            }

            if (navnesok is null || delsok)
            {
                if (navnesok is not null)
                {
                    saker = navnesok.Inneholder;
                    forklaring = $"navn som inneholder «{sok}»";
                }

                if (request.EtterMottatt is { } m && request.EtterSaksnummer is { } n)
                {
                    // A row-value comparison, (mottatt, saksnummer) > (m, n), lets PostgreSQL start the index scan at the cursor.
                    saker = saker.Where(s => EF.Functions.GreaterThan(ValueTuple.Create(s.Mottatt, s.Saksnummer), ValueTuple.Create(m, n)));
                }

                rader = await SakRader.ListAsync(db, saker, Sidestorrelse + 1, cancellationToken);
            }

            if (request.Visning == Visning.AdresseAKontrollere)
            {
                rader = rader.Select(r => r with { Adresseavvik = Adresser.Postadresseregler.KortMerknad(postnummerregister, r.Postnummer, r.Poststed) }).ToList();
            }

            var neste = rader.Count > Sidestorrelse ? new Markor(rader[Sidestorrelse - 1].Mottatt, rader[Sidestorrelse - 1].Saksnummer) : null;
            // The tab counts come from the summary tables (exact, and cheap however many cases there are); the deadline tabs count deadlines.
            if (request.BareSaker)
            {
                return new Result(0, 0, 0, 0, rader.Take(Sidestorrelse).ToList(), neste, [], forklaring, null, navnesok is not null && delsok);
            }

            var kontorer = kontor is null ? Kontorinndeling.Alle.Select(k => k.Kode).ToList() : [kontor];
            var (antallMine, antallUfordelte, antallIDag, antallPassert) = await Data.Statistikk.Sammendrag.ArbeidslisteAntallAsync(
                await Data.Statistikk.Sammendrag.ForbindelseAsync(db, cancellationToken), kontorer, meg, idag, cancellationToken);
            var kreditorer = await db.Kreditorer.AsNoTracking().OrderBy(k => k.Navn).Select(k => new KreditorValg(k.Id, k.Navn)).ToListAsync(cancellationToken);
            var saksbehandlernavn = request.SaksbehandlerId is { Length: > 0 } sb && sb != IkkeTildelt
                ? await db.Users.Where(u => u.Id == sb).Select(u => u.FulltNavn).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new Result(antallMine, antallUfordelte, antallIDag, antallPassert, rader.Take(Sidestorrelse).ToList(), neste, kreditorer, forklaring, saksbehandlernavn, navnesok is not null && delsok);
        }

        /// <summary>
        /// The debtors whose address the case page flags: the register's own check (the one behind
        /// <see cref="Adresser.Postadresseregler.Merknad"/>) of each distinct address, so the list and the page agree.
        /// </summary>
        private async Task<List<Guid>> SkyldnereAKontrollereAsync(CancellationToken cancellationToken)
        {
            var adresser = await db.Skyldnere.AsNoTracking().Select(d => new { d.Postnummer, d.Poststed }).Distinct().ToListAsync(cancellationToken);
            var flagget = adresser.Where(a => postnummerregister.Kontroller(a.Postnummer, a.Poststed) != Domain.Parter.Adressekontroll.Godkjent)
                .Select(a => a.Postnummer + "|" + a.Poststed).ToList();
            return flagget.Count == 0 ? [] : await db.Skyldnere.AsNoTracking().Where(d => flagget.Contains(d.Postnummer + "|" + d.Poststed)).Select(d => d.Id).ToListAsync(cancellationToken);
        }

        /// <summary>
        /// The search as a filter: a saksnummer, fødselsnummer or orgnr is matched exactly; anything else is a piece of the
        /// debtor's name, with the words to walk and the filter that looks inside names.
        /// </summary>
        private (IQueryable<Sak> Saker, string Forklaring, Navnesok? Navn) SokEtter(IQueryable<Sak> saker, IQueryable<Sak> kontoretsSaker, string sok)
        {
            if (Domain.Saker.Saksnummer.TryParse(sok, out var saksnummer))
            {
                var tekst = saksnummer.ToString();
                return (kontoretsSaker.Where(s => s.Saksnummer == tekst), $"saksnummer {tekst}", null);
            }

            var digits = sok.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (Digits().IsMatch(digits) && digits.Length is 11 or 9)
            {
                var hva = digits.Length == 11 ? $"fødselsnummer {Domain.Identifikatorer.Fodselsnummer.Mask(digits)}" : $"organisasjonsnummer {digits}";
                return (kontoretsSaker.Where(s => db.Skyldnere.Any(d => d.Id == s.SkyldnerId && d.Identifikator == digits)), hva, null);
            }

            var monster = "%" + sok.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var inneholder = saker.Where(s => db.Skyldnere.Any(d => d.Id == s.SkyldnerId && EF.Functions.ILike(d.Navn, monster)));
            var ordene = Data.Navneord.Sokeord(sok).ToArray();
            return (saker, $"navn som inneholder «{sok}»", new Navnesok(ordene.Length == 0 ? [sok.ToLowerInvariant()] : ordene, inneholder, Data.Navneord.Ordene(sok).Count));
        }

        /// <summary>
        /// Whole words of a name ("Nilsen", "Even Solli"), in one statement: the entry looked up is the word, or each pair
        /// of neighbouring words ("even solli": in that order, next to each other, whatever separates them in the name);
        /// the rarest is chosen inside the statement (entries counted up to a cap) and walked in the queue's own order
        /// from the cursor; the others are checked by their own entries before a case is read. It stops when the page is
        /// full, however common the name is.
        /// </summary>
        private async Task<List<SakRad>> OrdsokAsync(IQueryable<Sak> saker, Navnesok navn, DateOnly? etterMottatt, string? etterSaksnummer, CancellationToken cancellationToken)
        {
            var ordene = navn.Ordene;
            var oppslag = db.Navneord.FromSql($"""
                SELECT * FROM saker_navneord
                 WHERE ord = (SELECT o FROM unnest({ordene}) AS o
                               ORDER BY (SELECT count(*) FROM (SELECT 1 FROM saker_navneord c WHERE c.ord = o LIMIT {Data.Navneord.Tak}) x), o
                               LIMIT 1)
                """);
            // Three words or more: every pair of neighbours must be there too (the walked one trivially is).
            foreach (var annet in ordene.Length > 1 ? ordene : [])
            {
                oppslag = oppslag.Where(w => db.Navneord.Any(a => a.Ord == annet && a.Mottatt == w.Mottatt && a.Saksnummer == w.Saksnummer));
            }

            if (etterMottatt is { } m && etterSaksnummer is { } n)
            {
                oppslag = oppslag.Where(w => EF.Functions.GreaterThan(ValueTuple.Create(w.Mottatt, w.Saksnummer), ValueTuple.Create(m, n)));
            }

            var iRekkefolge = from w in oppslag
                              join s in saker on w.Saksnummer equals s.Saksnummer
                              orderby w.Mottatt, w.Saksnummer
                              select s;
            return await SakRader.ListAsync(db, iRekkefolge, Sidestorrelse + 1, cancellationToken, alleredeSortert: true);
        }
    }

    /// <summary>The view (tab) and the filters the user chose, on the cases the office rule left.</summary>
    private static IQueryable<Sak> Filtrer(IQueryable<Sak> saker, Query request, string? meg, DateOnly idag, IQueryable<Frist> apneFrister)
    {
        saker = request.Visning switch
        {
            Visning.Mine when meg is null => saker.Where(s => false),
            Visning.Mine => saker.Where(s => s.SaksbehandlerId == meg && !Lukket.Contains(s.Stadium)),
            Visning.Ufordelte => saker.Where(s => s.SaksbehandlerId == null && s.Stadium == Saksstadium.BegjaringMottatt),
            Visning.FristIDag => saker.Where(s => apneFrister.Any(f => f.SakId == s.Id && f.Dato == idag) && !Lukket.Contains(s.Stadium)),
            Visning.FristPassert => saker.Where(s => apneFrister.Any(f => f.SakId == s.Id && f.Dato < idag) && !Lukket.Contains(s.Stadium)),
            _ => saker,
        };
        if (request.Stadium is { } stadium)
        {
            saker = saker.Where(s => s.Stadium == stadium);
        }

        if (request.KreditorId is { } kreditorId)
        {
            saker = saker.Where(s => s.KreditorId == kreditorId);
        }

        saker = request.SaksbehandlerId switch
        {
            null or "" => saker,
            IkkeTildelt => saker.Where(s => s.SaksbehandlerId == null),
            var id => saker.Where(s => s.SaksbehandlerId == id),
        };
        saker = request.Apne switch
        {
            true => saker.Where(s => s.Avsluttet == null),
            false => saker.Where(s => s.Avsluttet != null),
            null => saker,
        };
        if (request.MottattFra is { } mottattFra)
        {
            saker = saker.Where(s => s.Mottatt >= mottattFra);
        }

        if (request.MottattTil is { } mottattTil)
        {
            saker = saker.Where(s => s.Mottatt <= mottattTil);
        }

        if (request.AvsluttetFra is { } avsluttetFra)
        {
            saker = saker.Where(s => s.Avsluttet >= avsluttetFra);
        }

        if (request.AvsluttetTil is { } avsluttetTil)
        {
            saker = saker.Where(s => s.Avsluttet <= avsluttetTil);
        }

        return saker;
    }

    /// <summary>A name search: its words, and the same search as a look inside the debtors' names.</summary>
    private sealed record Navnesok(string[] Ordene, IQueryable<Sak> Inneholder, int AntallOrd);

    [GeneratedRegex("^[0-9 ]+$")]
    private static partial Regex Digits();

    public sealed partial class Handler
    {
        [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Search by identifier {Identifikator} by {BrukerId} ({Bruker})")]
        private static partial void LogIdentifikatorsok(Microsoft.Extensions.Logging.ILogger logger, string? brukerId, string bruker, string identifikator);
    }
}
