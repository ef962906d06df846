using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Statistikk;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Leder;

/// <summary>
/// The supervisor's dashboard: stages now, inflow and outflow per week, case age against Politidirektoratet's 60-day
/// target, overdue deadlines, workload per caseworker, money, and the largest creditors. Read from the summary tables
/// (<see cref="Sammendrag"/>), never by a GROUP BY over the cases. A supervisor sees their own office; an administrator
/// the whole country or one office.
/// </summary>
public static class Ledertall
{
    /// <summary>Politidirektoratet's target for an utlegg case, in days on average (shared/domain.md § 13).</summary>
    public const int MaalDager = 60;

    public const int Uker = 12;

    public const int AntallKreditorer = 10;

    public sealed record Query : IRequest<Result>
    {
        /// <summary>An administrator's choice of office; empty for the whole country. Ignored for a supervisor, who sees their own.</summary>
        public string? Kontor { get; init; }

        /// <summary>Where the figures come from; the dashboard always reads the summaries. Live is for comparison.</summary>
        public Sammendrag.Kilde Kilde { get; init; } = Sammendrag.Kilde.Sammendrag;
    }

    public sealed record Result(
        IReadOnlyList<Kontor> Kontorer,
        string? ValgtKontor,
        bool KanVelgeKontor,
        DateOnly IDag,
        DateTimeOffset? SistSamlet,
        IReadOnlyList<StadiumLinje> Stadier,
        IReadOnlyList<Uke> Ukeserie,
        IReadOnlyList<Aldersgruppe> Alder,
        Nokkeltall Nokkel,
        IReadOnlyList<SaksbehandlerLinje> Saksbehandlere,
        IReadOnlyList<KreditorLinje> Kreditorer)
    {
        /// <summary>What waits for a supervisor, oldest first: fordelinger to approve and klager to decide (issue 15).</summary>
        public IReadOnlyList<Ventende> Venter { get; init; } = [];

        /// <summary>How long the open cases have been in their stage, per stage: where cases pile up (issue 15).</summary>
        public IReadOnlyList<StadiumTid> TidIStadium { get; init; } = [];

        /// <summary>How far behind the primary the replica the figures were read from is; null when they were read from the primary.</summary>
        public TimeSpan? Replikaetterslep { get; init; }

        /// <summary>Rate tables with no row, or only a stale one, for today (issue 20): «Forsinkelsesrenten fra 1. juli 2026 mangler».</summary>
        public IReadOnlyList<string> Satsvarsler { get; init; } = [];

        /// <summary>
        /// Which <see cref="Ledertallbuffer"/> entry the figures came from: the same text for as long as that entry is
        /// served, so the page may keep what it rendered from them under it. Null when they were read live.
        /// </summary>
        public string? Buffernokkel { get; init; }
    }

    /// <summary>The open cases in a stage, and for how many days they have been in it: on average and the longest.</summary>
    public sealed record StadiumTid(Saksstadium Stadium, long Apne, decimal SnittDager, int LengstDager);

    /// <summary>A case waiting for a supervisor: what it waits for, since when, and a line about it.</summary>
    public sealed record Ventende(string Saksnummer, string Hva, DateOnly Siden, string Om, decimal? Salgssum = null);

    public sealed record StadiumLinje(Saksstadium Stadium, long Antall, decimal Krav, decimal Innbetalt);

    public sealed record Uke(DateOnly Mandag, int Ukenummer, long Inn, long Ut);

    /// <summary>Open cases whose age in days is from <see cref="FraDager"/> to <see cref="TilDager"/> (no upper bound if empty).</summary>
    public sealed record Aldersgruppe(string Navn, int FraDager, int? TilDager, long Antall, bool OverMaal);

    public sealed record Nokkeltall(
        long ApneSaker,
        long AlleSaker,
        long ApneOverMaal,
        decimal? AndelOverMaal,
        decimal? SnittAlderApne,
        decimal? SnittTidAvsluttet,
        long AvsluttetPeriode,
        long FristerPassert,
        long FristerIDag,
        long FristerNeste7,
        decimal Krav,
        decimal Innbetalt,
        decimal FordeltPeriode,
        decimal FordeltTotalt);

    /// <summary>A caseworker's open cases; an empty id is the cases nobody has yet.</summary>
    public sealed record SaksbehandlerLinje(string Id, string Navn, long Apne, long Antall)
    {
        /// <summary>Open deadlines already passed on this caseworker's open cases (issue 15: not only how many cases, but how late).</summary>
        public long FristerPassert { get; init; }
    }

    public sealed record KreditorLinje(Guid Id, string Navn, long Antall, long Apne, decimal Krav, decimal Innbetalt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Kontor).Must(k => string.IsNullOrEmpty(k) || Kontorinndeling.FraKode(k) is not null).WithMessage("Velg et kontor fra listen.");
    }

    /// <remarks>Read from the replica when there is one (issue 20), with its lag shown on the dashboard.</remarks>
    /// <remarks>
    /// The figures are kept in <see cref="Ledertallbuffer"/> until a change or a fold could have moved them (issue 20);
    /// the rate warnings and the replica's lag are always read anew.
    /// </remarks>
    public sealed class Handler(Lesedatabase lesing, ICurrentUser bruker, TimeProvider clock, Domain.Satser.Satsbok satser, Ledertallbuffer buffer) : IRequestHandler<Query, Result>
    {
        private NamsmannenDbContext db => lesing.Kontekst;

        private static readonly StringComparer Norsk = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);

        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var (kontorer, valgt, kanVelge) = Omfang(bruker, request.Kontor);
            var idag = Oslotid.IDag(clock);
            var naa = clock.GetUtcNow();
            Result tall;
            if (request.Kilde == Sammendrag.Kilde.Live)
            {
                tall = await LesAsync(await Sammendrag.ForbindelseAsync(db, cancellationToken), kontorer, valgt, kanVelge, request.Kilde, idag, cancellationToken);
            }
            else
            {
                var omfang = $"{string.Join(',', kontorer)}|{valgt}|{kanVelge}|{idag.DayNumber}";
                // Checked on a plain connection: a hit then never sets up the context (a quarter of the page's time).
                Ledertallbuffer.Stand stand;
                await using (var forbindelse = await lesing.ApneForbindelseAsync(cancellationToken))
                {
                    stand = await Ledertallbuffer.StandAsync(forbindelse, cancellationToken);
                }

                if (buffer.Hent(omfang, stand, naa) is { } lagret)
                {
                    tall = lagret;
                }
                else
                {
                    // Read after the check, so never older than the state they are kept under. Stored only when read,
                    // so the minute counts from the reading, however often they are served.
                    tall = await LesAsync(await Sammendrag.ForbindelseAsync(db, cancellationToken), kontorer, valgt, kanVelge, request.Kilde, idag, cancellationToken)
                        with
                    { Buffernokkel = Ledertallbuffer.Nokkel(omfang, stand, naa) };
                    buffer.Legg(omfang, stand, naa, tall);
                }
            }

            return tall with { Satsvarsler = satser.Advarsler(idag), Replikaetterslep = await lesing.EtterslepAsync(cancellationToken) };
        }

        private async Task<Result> LesAsync(Npgsql.NpgsqlConnection connection, IReadOnlyList<string> kontorer, string? valgt, bool kanVelge, Sammendrag.Kilde kilde, DateOnly idag, CancellationToken cancellationToken)
        {
            var o = await Sammendrag.OversiktAsync(connection, kontorer, kilde, AntallKreditorer, cancellationToken);

            // Everyone who works cases in the office is listed, also with nothing on their desk, busiest first; the
            // cases nobody has yet come last.
            var saksbehandlere = o.Saksbehandlere.Where(s => s.Id.Length > 0)
                .Select(s => new SaksbehandlerLinje(s.Id, s.Navn, s.Apne, s.Antall))
                .OrderByDescending(l => l.Apne).ThenBy(l => l.Navn, Norsk).ThenBy(l => l.Id, StringComparer.Ordinal)
                .ToList();
            if (o.Saksbehandlere.SingleOrDefault(s => s.Id.Length == 0) is { Apne: > 0 } ufordelt)
            {
                saksbehandlere.Add(new SaksbehandlerLinje(string.Empty, "Ikke tildelt", ufordelt.Apne, ufordelt.Antall));
            }

            // Overdue deadlines per caseworker, live: few rows, read by the (oppfylt, dato) index.
            var passert = (await db.Frister.AsNoTracking().Where(f => !f.Oppfylt && f.Dato < idag)
                    .Join(db.Saker.Where(s => kontorer.Contains(s.Kontor) && s.Avsluttet == null), f => f.SakId, s => s.Id, (f, s) => s.SaksbehandlerId ?? string.Empty)
                    .GroupBy(id => id).Select(g => new { Id = g.Key, Antall = g.LongCount() }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.Id, x => x.Antall);
            saksbehandlere = saksbehandlere.Select(l => l with { FristerPassert = passert.GetValueOrDefault(l.Id) }).ToList();

            var kreditorer = o.Kreditorer.Select(k => new KreditorLinje(k.Id, k.Navn, k.Antall, k.Apne, k.Krav, k.Innbetalt)).ToList();
            var sistSamlet = kilde == Sammendrag.Kilde.Live ? clock.GetUtcNow() : o.SistSamlet;
            return Bygg(kontorer.Count == 1 ? [Kontorinndeling.FraKode(kontorer[0])!] : Kontorinndeling.Alle, valgt, kanVelge, idag, sistSamlet, o.Stadier, o.Dager, saksbehandlere, kreditorer)
                with
            { Venter = await VenterAsync(kontorer, cancellationToken), TidIStadium = await TidIStadiumAsync(kontorer, idag, cancellationToken) };
        }

        /// <summary>
        /// Days in the stage per stage over the open cases, live (the open cases only, by the office index); a case with
        /// no recorded day of entering its stage (taken over, generated) counts from the day it was received.
        /// </summary>
        private async Task<List<StadiumTid>> TidIStadiumAsync(IReadOnlyList<string> kontorer, DateOnly idag, CancellationToken cancellationToken)
        {
            var liste = kontorer.ToArray();
            var rader = await db.Database.SqlQuery<TidRad>($"""
                SELECT stadium, count(*) AS apne, round(avg({idag} - coalesce(stadium_siden, mottatt)), 1) AS snitt_dager, max({idag} - coalesce(stadium_siden, mottatt)) AS lengst_dager
                  FROM saker WHERE kontor = ANY({liste}) AND avsluttet IS NULL
                 GROUP BY stadium
                """).ToListAsync(cancellationToken);
            return rader.Select(r => new StadiumTid(Enum.Parse<Saksstadium>(r.Stadium), r.Apne, r.SnittDager, r.LengstDager))
                .OrderBy(t => t.Stadium).ToList();
        }

        private sealed record TidRad(string Stadium, long Apne, decimal SnittDager, int LengstDager);

        /// <summary>The fordelinger waiting for approval and the open klager of the offices, the oldest first, at most 50 of each.</summary>
        private async Task<List<Ventende>> VenterAsync(IReadOnlyList<string> kontorer, CancellationToken cancellationToken)
        {
            var fordelinger = await db.Fordelinger.AsNoTracking()
                .Where(f => f.Godkjent == null && f.Returnert == null)
                .Join(db.Saker.Where(s => kontorer.Contains(s.Kontor) && s.Stadium == Saksstadium.Fordeling), f => f.SakId, s => s.Id, (f, s) => new { s.Saksnummer, f.Dato, f.RegistrertAvNavn, f.Salgssum })
                .OrderBy(x => x.Dato).ThenBy(x => x.Saksnummer).Take(50).ToListAsync(cancellationToken);
            // Every case in klagebehandling, with its open klage when it has one (a case taken over from the earlier system may not).
            var klager = await db.Saker.AsNoTracking().Where(s => kontorer.Contains(s.Kontor) && s.Stadium == Saksstadium.Klagebehandling)
                .Select(s => new { s.Saksnummer, s.Mottatt, Klage = db.Klager.Where(k => k.SakId == s.Id && k.Avgjort == null).OrderByDescending(k => k.Id).Select(k => new { k.Mottatt, k.Gjelder, k.OversendtTingretten }).FirstOrDefault() })
                .OrderBy(x => x.Klage == null ? x.Mottatt : x.Klage.Mottatt).ThenBy(x => x.Saksnummer).Take(50).ToListAsync(cancellationToken);
            return
            [
                .. fordelinger.Select(f => new Ventende(f.Saksnummer, "Fordeling til godkjenning", f.Dato, $"Salget er registrert av {f.RegistrertAvNavn}", f.Salgssum)),
                .. klager.Select(k => k.Klage is { } klage
                    ? new Ventende(k.Saksnummer, klage.OversendtTingretten is null ? "Klage å avgjøre" : "Klage hos tingretten", klage.Mottatt, $"Klage på {Domain.Regler.Klagefrist.Navn(klage.Gjelder).ToLowerInvariant()}")
                    : new Ventende(k.Saksnummer, "Klage å avgjøre", k.Mottatt, "Overført fra det tidligere systemet")),
            ];
        }
    }

    /// <summary>
    /// Which offices the user may see: a supervisor or caseworker their own, whatever they ask for; an administrator all
    /// or the one chosen. Anyone else sees nothing (fails closed).
    /// </summary>
    public static (IReadOnlyList<string> Kontorer, string? Valgt, bool KanVelge) Omfang(ICurrentUser bruker, string? onsket)
    {
        if (bruker.Kontor is { } eget)
        {
            return ([eget], eget, false);
        }

        if (!bruker.IsInRole(Roller.Admin))
        {
            throw new UnauthorizedAccessException("Brukeren er ikke knyttet til et kontor.");
        }

        return string.IsNullOrEmpty(onsket) ? (Kontorinndeling.Alle.Select(k => k.Kode).ToList(), null, true) : ([onsket], onsket, true);
    }

    /// <summary>The figures from the rows: the same arithmetic whichever source the rows came from.</summary>
    public static Result Bygg(IReadOnlyList<Kontor> kontorer, string? valgt, bool kanVelge, DateOnly idag, DateTimeOffset? sistSamlet, IReadOnlyList<Sammendrag.SakRad> sakRader, IReadOnlyList<Sammendrag.DagRad> dagRader, IReadOnlyList<SaksbehandlerLinje> saksbehandlere, IReadOnlyList<KreditorLinje> kreditorer)
    {
        var stadier = sakRader.Where(r => r.Dimensjon == Sammendrag.Stadium).ToDictionary(r => r.Verdi, StringComparer.Ordinal);
        var stadiumLinjer = Enum.GetValues<Saksstadium>()
            .Select(s => stadier.TryGetValue(s.ToString(), out var r) ? new StadiumLinje(s, r.Antall, r.Krav, r.Innbetalt) : new StadiumLinje(s, 0, 0m, 0m))
            .ToList();

        var mandag = idag.AddDays(-(((int)idag.DayOfWeek + 6) % 7));
        var forsteMandag = mandag.AddDays(-7 * (Uker - 1));
        var uker = Enumerable.Range(0, Uker).Select(i => forsteMandag.AddDays(7 * i)).Select(m => new Uke(
            m,
            ISOWeek.GetWeekOfYear(m.ToDateTime(TimeOnly.MinValue)),
            dagRader.Where(d => d.Dato >= m && d.Dato < m.AddDays(7)).Sum(d => d.Mottatt),
            dagRader.Where(d => d.Dato >= m && d.Dato < m.AddDays(7)).Sum(d => d.Avsluttet))).ToList();

        long ApneMellom(int fra, int? til) => dagRader.Where(d => idag.DayNumber - d.Dato.DayNumber >= fra && (til is null || idag.DayNumber - d.Dato.DayNumber <= til)).Sum(d => d.Apne);
        (string Navn, int Fra, int? Til)[] grupper = [("0–30 dager", 0, 30), ("31–60 dager", 31, MaalDager), ("61–90 dager", 61, 90), ("91–180 dager", 91, 180), ("181–365 dager", 181, 365), ("Over 365 dager", 366, null)];
        var alder = grupper.Select(g => new Aldersgruppe(g.Navn, g.Fra, g.Til, ApneMellom(g.Fra, g.Til), g.Fra > MaalDager)).ToList();

        var apne = dagRader.Sum(d => d.Apne);
        var overMaal = ApneMellom(MaalDager + 1, null);
        var alderSum = dagRader.Sum(d => (decimal)d.Apne * (idag.DayNumber - d.Dato.DayNumber));
        var periode = dagRader.Where(d => d.Dato >= forsteMandag && d.Dato <= idag).ToList();
        var avsluttet = periode.Sum(d => d.Avsluttet);
        var nokkel = new Nokkeltall(
            apne,
            dagRader.Sum(d => d.Mottatt),
            overMaal,
            apne == 0 ? null : Math.Round((decimal)overMaal / apne, 4),
            apne == 0 ? null : Math.Round(alderSum / apne, 1),
            avsluttet == 0 ? null : Math.Round((decimal)periode.Sum(d => d.AvsluttetDager) / avsluttet, 1),
            avsluttet,
            dagRader.Where(d => d.Dato < idag).Sum(d => d.Frister),
            dagRader.Where(d => d.Dato == idag).Sum(d => d.Frister),
            dagRader.Where(d => d.Dato > idag && d.Dato <= idag.AddDays(7)).Sum(d => d.Frister),
            stadiumLinjer.Sum(s => s.Krav),
            stadiumLinjer.Sum(s => s.Innbetalt),
            periode.Sum(d => d.Fordelt),
            dagRader.Sum(d => d.Fordelt));
        return new Result(kontorer, valgt, kanVelge, idag, sistSamlet, stadiumLinjer, uker, alder, nokkel, saksbehandlere, kreditorer);
    }
}
