using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// The payouts money received makes, in the same transaction as the booking (issue 16): what a KID payment covered
/// goes to the case's creditor and what it paid beyond the balance back to the payer; a suspense item set to be paid
/// back goes to the payer whole; an approved fordeling pays each of its lines. So every krone received is distributed,
/// in suspense or owed back, and the three always sum to what came in.
/// </summary>
public static class Utbetalingsposter
{
    public const string UkjentBetaler = "Ukjent betaler";

    /// <summary>A payment to namsmannen's account booked on <paramref name="sak"/>, of which <paramref name="overskudd"/> was beyond the balance.</summary>
    public static void ForInnbetaling(NamsmannenDbContext db, Sak sak, string kreditor, Innbetaling innbetaling, Belop overskudd, DateTimeOffset naa)
    {
        var tilKreditor = innbetaling.Belop - overskudd.Kroner;
        var grunnlag = $"Innbetaling {innbetaling.Valuteringsdato:dd.MM.yyyy}, sak {sak.Saksnummer}, bankreferanse {innbetaling.Referanse}";
        if (tilKreditor > 0m)
        {
            db.Utbetalinger.Add(Ny(sak.Kontor, Utbetalingsart.Fordelt, Mottakertype.Kreditor, kreditor, tilKreditor, grunnlag, naa, sak.Id, sak.KreditorId, innbetaling.Id));
        }

        if (overskudd > Belop.Null)
        {
            db.Utbetalinger.Add(TilBetaler(innbetaling, overskudd.Kroner, $"Betalt for mye: {grunnlag}", naa, sak.Id));
        }
    }

    /// <summary>A suspense item a caseworker set to be paid back: the whole amount to the payer.</summary>
    public static void ForTilbakebetaling(NamsmannenDbContext db, Innbetaling innbetaling, DateTimeOffset naa) =>
        db.Utbetalinger.Add(TilBetaler(innbetaling, innbetaling.Belop, $"Tilbakebetaling av innbetaling {innbetaling.Bokforingsdato:dd.MM.yyyy}, bankreferanse {innbetaling.Referanse}", naa));

    /// <summary>An approved fordeling of sale proceeds: a payout per line with money, to whom the line names.</summary>
    public static void ForFordeling(NamsmannenDbContext db, Sak sak, FordelingForslag forslag, string kreditor, string skyldner, DateTimeOffset naa)
    {
        foreach (var linje in forslag.Linjer.Where(l => l.Belop > 0m).OrderBy(l => l.Rekkefolge))
        {
            var (type, mottaker) = linje.Mottaker switch
            {
                _ when linje.Saksoker => (Mottakertype.Kreditor, kreditor),
                Fordeling.Skyldner => (Mottakertype.Skyldner, skyldner),
                Fordeling.RettsgebyrMottaker => (Mottakertype.Staten, "Statskassen (rettsgebyr)"),
                Fordeling.Salgsomkostninger => (Mottakertype.Annen, "Salgsomkostninger"),
                var annen => (Mottakertype.Annen, annen),
            };
            var grunnlag = $"Salg {forslag.Dato:dd.MM.yyyy}, sak {sak.Saksnummer}, fordelingslinje {linje.Rekkefolge}";
            db.Utbetalinger.Add(Ny(sak.Kontor, Utbetalingsart.Fordelt, type, mottaker, linje.Belop, grunnlag, naa, sak.Id, type == Mottakertype.Kreditor ? sak.KreditorId : null, fordelingId: forslag.Id));
        }
    }

    private static Utbetaling TilBetaler(Innbetaling innbetaling, decimal belop, string grunnlag, DateTimeOffset naa, Guid? sakId = null) =>
        Ny(innbetaling.Kontor, Utbetalingsart.Tilbakebetaling, Mottakertype.Betaler, innbetaling.Betaler ?? UkjentBetaler, belop, grunnlag, naa, sakId, null, innbetaling.Id, kontonummer: innbetaling.BetalerKonto);

    private static Utbetaling Ny(
        string kontor, Utbetalingsart art, Mottakertype type, string mottaker, decimal belop, string grunnlag, DateTimeOffset naa,
        Guid? sakId, Guid? kreditorId, Guid? innbetalingId = null, Guid? fordelingId = null, string? kontonummer = null) => new()
        {
            SakId = sakId,
            KreditorId = kreditorId,
            InnbetalingId = innbetalingId,
            FordelingId = fordelingId,
            Kontonummer = kontonummer,
            Id = Guid.NewGuid(),
            Kontor = kontor,
            Art = art,
            Mottakertype = type,
            Mottaker = mottaker.Length > 200 ? mottaker[..200] : mottaker,
            Belop = belop,
            Grunnlag = grunnlag,
            Opprettet = naa,
            Status = Utbetalingsstatus.Venter,
        };
}
