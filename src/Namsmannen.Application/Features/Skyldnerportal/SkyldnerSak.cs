using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Skyldnerportal;

/// <summary>
/// One case as its debtor sees it on «Min sak» (issue 19): what is owed today by component from the ledger, with the
/// interest's periods and rates; how to pay it all (account, KID, the amount that stops everything today); a running
/// trekk month by month, deducted by the employer, received, and to whom it went; the calculation the trekk was decided
/// on; the letters; the register entries and when each is deleted; what can be complained of, and by when. Another
/// person's case is "not found".
/// </summary>
public static class SkyldnerSak
{
    public sealed record Query(string Saksnummer) : IRequest<Result>;

    public sealed record Result(
        string Saksnummer,
        string Kreditor,
        string KreditorReferanse,
        Saksstadium Stadium,
        DateOnly Mottatt,
        uint Versjon,
        SkyldnerSaker.Neste? Neste,
        Saldo? SaldoIDag,
        IReadOnlyList<RentePeriode> Renteperioder,
        string? RenteAdvarsel,
        decimal Innbetalt,
        Betaling? Betaling,
        Trekk? Trekket,
        IReadOnlyList<Brev> Brevene,
        IReadOnlyList<Oppforing> Registreringer,
        IReadOnlyList<Klagemulighet> Klagemuligheter,
        bool KanBeOmUtsettelse)
    {
        public bool ErLukket => Saksforlop.Lukket.Contains(Stadium);

        /// <summary>The documents the debtor has sent on the case (never the creditor's, never shown to the creditor).</summary>
        public IReadOnlyList<Dokument> Dokumenter { get; init; } = [];
    }

    /// <summary>How to pay: namsmannen's account, the case's KID, and everything owed today (interest to today included).</summary>
    public sealed record Betaling(string Kontonummer, string Mottaker, string Kid, decimal Belop);

    /// <summary>
    /// A running trekk: the employer, the amount now, the months newest first, and the calculation it was decided on.
    /// </summary>
    public sealed record Trekk(string Arbeidsgiver, decimal BelopPerManed, bool ErStoppet, bool Samordnet, IReadOnlyList<Trekkmaned> Maneder, IReadOnlyList<Beregningslinje> Beregning, DateOnly? SatserFra, decimal? NettoInntekt)
    {
        /// <summary>What the calculation was given (the debtor's form starts from it); null when not stored.</summary>
        public Beregninger.BeregnUtleggstrekk.Query? Grunnlag { get; init; }
    }

    /// <summary>
    /// One month of a trekk as the debtor follows it: what the order expected, what the employer reported deducted, what
    /// namsmannen received and when, and where the money went (to the creditor's claim, and each payout's state).
    /// </summary>
    public sealed record Trekkmaned(string Periode, decimal Forventet, decimal? Trukket, decimal Mottatt, DateOnly? SistMottatt, DateOnly Lonnsdag, DateOnly? MangelMeldt, IReadOnlyList<Utbetalt> Utbetalinger)
    {
        /// <summary>The employer reported more deducted than namsmannen received: money on its way, or missing.</summary>
        public bool Mangler => (Trukket ?? Forventet) > Mottatt && MangelMeldt is not null;
    }

    public sealed record Utbetalt(string Mottaker, decimal Belop, Utbetalingsstatus Status);

    public sealed record Beregningslinje(string Post, decimal Belop, string Forklaring);

    public sealed record Dokument(Guid Id, string Filnavn, int Storrelse, DateTimeOffset Sendt);

    public sealed record Brev(Guid Id, Domain.Saker.Brevart Art, DateOnly? Sendt, Domain.Saker.Brevkanal? Kanal, DateOnly? Levert, DateOnly? Apnet);

    public sealed record Oppforing(Register Register, Registerutfall Utfall, DateOnly Registrert, DateOnly? Slettes, DateOnly? Slettet);

    /// <param name="Frist">The last day the complaint can come, when the rule has a day; null while the rule runs (a trekk).</param>
    public sealed record Klagemulighet(Klagegjelder Gjelder, DateOnly? Frist, bool IRettTid);

    /// <summary>Deadlines the debtor is shown: the caseworker's internal follow-up tasks (trekk tasks) are not theirs.</summary>
    public static bool Synlig(Fristtype type) => type is not (Fristtype.Trekkavvik or Fristtype.Trekkinnbetaling);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, Satsbok satser, TimeProvider clock, Utbetalinger.Namsmannskonto konto) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var nr = request.Saksnummer.Trim();
            // Tracked, so the klagefrist's letters load into it (nothing is saved).
            var sak = await db.Saker.Synlige(bruker).Where(s => s.Saksnummer == nr)
                .Include(s => s.Frister).Include(s => s.Poster).Include(s => s.Klager).AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {nr}.");
            var kreditor = await db.Kreditorer.AsNoTracking().Where(k => k.Id == sak.KreditorId).Select(k => k.Navn).SingleAsync(cancellationToken);
            var iDag = Oslotid.IDag(clock);

            SaldoPaDato? saldo = null;
            try
            {
                saldo = sak.SaldoIDag(iDag, satser);
            }
            catch (Domain.DomainException)
            {
                // A missing rate: the page shows the booked balance and says the interest cannot be counted today.
            }

            var brev = await db.Brev.AsNoTracking().Where(b => b.SakId == sak.Id && b.Mottaker == Domain.Saker.Brevmottaker.Skyldner && b.Sendt != null)
                .ToListAsync(cancellationToken);
            var registreringer = await db.Registreringer.AsNoTracking().Where(r => r.SakId == sak.Id).ToListAsync(cancellationToken);
            var klager = new List<Klagemulighet>();
            foreach (var gjelder in sak.Klagbare)
            {
                var grunnlag = await RegistrerKlage.KlagegrunnlagAsync(db, sak, gjelder, null, cancellationToken);
                var vurdering = Klagefrist.Vurder(gjelder, grunnlag, iDag);
                klager.Add(new Klagemulighet(gjelder, vurdering.Frist, vurdering.IRettTid));
            }

            var belop = saldo?.Saldo.Sum.Kroner ?? sak.Utestaende;
            return new Result(
                sak.Saksnummer, kreditor, sak.KreditorReferanse, sak.Stadium, sak.Mottatt, sak.Versjon,
                sak.Frister.Where(f => !f.Oppfylt && Synlig(f.Type)).OrderBy(f => f.Dato).Select(f => new SkyldnerSaker.Neste(f.Type, f.Dato)).FirstOrDefault(),
                saldo?.Saldo,
                saldo?.Renteperioder ?? [],
                saldo?.Advarsel,
                sak.Innbetalt,
                !sak.ErLukket && belop > 0 && sak.Kid is { } kid ? new Betaling(konto.Kontonummer, konto.Navn, kid, belop) : null,
                await TrekkAsync(sak.Id, kreditor, cancellationToken),
                brev.OrderByDescending(b => b.Sendt).ThenBy(b => b.Art).Select(b => new Brev(b.Id, b.Art, b.Sendt, b.Kanal, b.Levert, b.Apnet)).ToList(),
                registreringer.OrderBy(r => r.Registrert).ThenBy(r => r.Id).Select(r => new Oppforing(r.Register, r.Utfall, r.Registrert, r.Slettes, r.Slettet)).ToList(),
                klager,
                sak.TillatteHandlinger.Contains(Handling.Utsett))
            {
                Dokumenter = await db.Vedlegg.AsNoTracking().Where(v => v.SakId == sak.Id && v.Avsender == Data.Portal.Vedleggsavsender.Skyldner)
                    .OrderBy(v => v.LastetOpp).Select(v => new Dokument(v.Id, v.Filnavn, v.Storrelse, v.LastetOpp)).ToListAsync(cancellationToken),
            };
        }

        /// <summary>The trekk month by month, with each month's money followed to the creditor; null when no order was made.</summary>
        private async Task<Trekk?> TrekkAsync(Guid sakId, string kreditor, CancellationToken cancellationToken)
        {
            if (await Trekkordning.Trekkoversikt.ForSakAsync(db, sakId, cancellationToken) is not { } oversikt)
            {
                return null;
            }

            // A payout made from a KID payment is followed back to the day the payment was valued: the month it was received.
            var utbetalinger = await db.Utbetalinger.AsNoTracking()
                .Where(u => u.SakId == sakId && u.Art == Utbetalingsart.Fordelt && u.InnbetalingId != null)
                .Join(db.Innbetalinger, u => u.InnbetalingId, i => i.Id, (u, i) => new { u.Mottaker, u.Belop, u.Status, i.Valuteringsdato })
                .ToListAsync(cancellationToken);
            var vedtak = await db.Trekk.AsNoTracking().Where(t => t.SakId == sakId).FirstOrDefaultAsync(cancellationToken);
            var maneder = oversikt.Maneder.Select(m => new Trekkmaned(
                m.Periode, m.Forventet, m.RapportertTrukket, m.Mottatt, m.SistMottatt, m.Lonnsdag, m.MangelMeldt,
                utbetalinger.Where(u => m.SistMottatt is { } d && u.Valuteringsdato == d).Select(u => new Utbetalt(u.Mottaker, u.Belop, u.Status)).ToList())).ToList();
            var gjeldende = oversikt.Versjoner.FirstOrDefault();
            // The stored basis computed again: the rates are dated, so it is the calculation the trekk was decided on.
            TrekkResultat? beregning = null;
            try
            {
                beregning = oversikt.Grunnlag is { } grunnlag ? Utleggstrekk.Beregn(Beregninger.BeregnUtleggstrekk.TilGrunnlag(grunnlag), satser) : null;
            }
            catch (Domain.DomainException)
            {
                // Without the rates of the basis's day the stored lines are shown.
            }

            return new Trekk(
                oversikt.Orgnr,
                gjeldende?.BelopPerManed ?? vedtak?.BelopPerManed ?? 0m,
                oversikt.ErStoppet,
                oversikt.Regime == Domain.Trekkordning.Trekkregime.Samordnet,
                maneder,
                beregning?.Linjer.Select(l => new Beregningslinje(l.Post, l.Belop.Kroner, l.Forklaring)).ToList()
                    ?? vedtak?.Linjer().Select(l => new Beregningslinje(l.Post, l.Belop, l.Forklaring)).ToList() ?? [],
                beregning?.SatserFra,
                oversikt.Grunnlag?.NettoInntektPerManed)
            {
                Grunnlag = oversikt.Grunnlag,
            };
        }
    }
}
