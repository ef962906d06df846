using System.Xml.Linq;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utbetalinger;

/// <summary>
/// Issue 16, part 4: money namsmannen receives is owed to the creditor (or back to the payer), paid in distribution runs
/// a second supervisor approves, as a pain.001 file; and the office's report accounts for every krone.
/// </summary>
public sealed class UtbetalingskjoringTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Opprettet = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);
    private static readonly string KontoKreditor = Kontonummer.MedKontrollsiffer("1503123456")!.Verdi;
    private static readonly string KontoBetaler = Kontonummer.MedKontrollsiffer("9710054321")!.Verdi;
    private static readonly string KontoOla = Kontonummer.MedKontrollsiffer("1234567890")!.Verdi;
    private static readonly XNamespace Pain = Pain001.Ns;

    private static string KidFor(string saksnummer) => Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new ArgumentException(saksnummer);

    private async Task<string> SaksnummerAsync(Guid kreditorId)
    {
        var id = await TestData.SakAsync(fixture, kreditorId);
        return await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
    }

    [Fact]
    public async Task Money_received_is_owed_to_the_creditor_or_back_to_the_payer_paid_in_a_run_a_second_supervisor_approves_as_pain001_and_the_report_balances()
    {
        var kreditorId = await TestData.KreditorAsync(fixture, "Utbetaling Inkasso AS");
        var forste = await SaksnummerAsync(kreditorId);
        var andre = await SaksnummerAsync(kreditorId);
        var dag = Oslotid.IDag(fixture.Clock);
        var kari = TestUser.Saksbehandler("OSLO", "Kari Saksbehandler", "kari-utb");
        var lise = TestUser.Leder("OSLO", "Lise Leder", "lise-utb");
        var per = TestUser.Leder("OSLO", "Per Leder", "per-utb");
        var for0 = await fixture.QueryAsync(db => Utbetalingsoversikt.RapportAsync(db, "OSLO", CancellationToken.None));
        // The claim is 10 000 + 250 + 700 = 10 950 kr, and no interest has run on the day of the begjæring.
        await fixture.SendAsync(new LesInnbetalingsfil.Command("utb.xml", Camt054Eksempelfil.Lag("MSG-UTB", Opprettet,
        [
            new("UTB-1", 1_000m, dag, KidFor(forste), "Ola Nordmann", BetalerKonto: KontoOla),
            new("UTB-2", 300m, dag, null, "Per Feil", "Feil mottaker", BetalerKonto: KontoBetaler),
            new("UTB-3", 11_000m, dag, KidFor(andre), "Siri Nordmann", BetalerKonto: KontoBetaler),
        ])), kari);
        await fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "UTB-2", Begrunnelse = "Betaleren har ingen sak hos oss." }, kari);

        var utbetalinger = await fixture.QueryAsync(db => db.Utbetalinger.Where(u => u.KreditorId == kreditorId || u.Grunnlag.Contains("UTB-")).OrderBy(u => u.Belop)
            .Select(u => new { u.Art, u.Mottakertype, u.Mottaker, u.Belop, u.Kontonummer }).ToListAsync());
        utbetalinger.Select(u => (u.Art, u.Mottakertype, u.Mottaker, u.Belop, u.Kontonummer)).ShouldBe(
        [
            (Utbetalingsart.Tilbakebetaling, Mottakertype.Betaler, "Siri Nordmann", 50m, KontoBetaler),
            (Utbetalingsart.Tilbakebetaling, Mottakertype.Betaler, "Per Feil", 300m, KontoBetaler),
            (Utbetalingsart.Fordelt, Mottakertype.Kreditor, "Utbetaling Inkasso AS", 1_000m, null),
            (Utbetalingsart.Fordelt, Mottakertype.Kreditor, "Utbetaling Inkasso AS", 10_950m, null),
        ]);
        var rapport = await fixture.QueryAsync(db => Utbetalingsoversikt.RapportAsync(db, "OSLO", CancellationToken.None));
        (rapport.Innbetalt - for0.Innbetalt, rapport.FordeltVenter - for0.FordeltVenter, rapport.TilbakeVenter - for0.TilbakeVenter).ShouldBe((12_300m, 11_950m, 350m));
        rapport.Differanse.ShouldBe(0m);

        // The creditor has given no account: its payouts are held, the payers' go in the first run.
        var oversikt = await fixture.SendAsync(new Utbetalingsoversikt.Query(), kari);
        oversikt.Utbetalinger.Where(u => u.Mottaker == "Utbetaling Inkasso AS").Select(u => u.Hindring).Distinct().ShouldBe(["Kreditoren har ikke oppgitt kontonummer for utbetalinger."]);
        var forsteKjoring = await fixture.SendAsync(new OpprettUtbetalingskjoring.Command(), kari);
        (forsteKjoring.Antall, forsteKjoring.Sum, forsteKjoring.Holdt).ShouldBe((2, 350m, 2));

        // Four eyes: a caseworker cannot approve; a supervisor sends it back, and its payouts wait again.
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = forsteKjoring.Nummer, Godkjenn = true }, kari)))
            .Message.ShouldBe("Bare en leder kan godkjenne en utbetalingskjøring.");
        var utenGrunn = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = forsteKjoring.Nummer }, lise));
        utenGrunn.Errors.Single().ErrorMessage.ShouldBe("Skriv hvorfor kjøringen sendes tilbake.");
        await fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = forsteKjoring.Nummer, Begrunnelse = "Vent til kreditoren har gitt konto." }, lise);
        (await fixture.QueryAsync(db => db.Utbetalinger.CountAsync(u => u.KjoringId == forsteKjoring.Id))).ShouldBe(0);

        // The creditor gives its account (a wrong one first): now every payout is ready.
        var feilKonto = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new SettUtbetalingskonto.Command { Kontonummer = "1503 12 34567" }, TestUser.Kreditor(kreditorId)));
        (feilKonto.Errors.Single().PropertyName, feilKonto.Errors.Single().ErrorMessage).ShouldBe(("Kontonummer", "Kontonummeret har feil kontrollsiffer. Sjekk at det er skrevet riktig."));
        await fixture.SendAsync(new SettUtbetalingskonto.Command { Kontonummer = KontoKreditor }, TestUser.Kreditor(kreditorId));
        var kjoring = await fixture.SendAsync(new OpprettUtbetalingskjoring.Command(), lise);
        (kjoring.Antall, kjoring.Sum, kjoring.Holdt).ShouldBe((4, 12_300m, 0));
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = kjoring.Nummer, Godkjenn = true }, lise)))
            .Message.ShouldBe("Du laget kjøringen selv. En annen leder må godkjenne den (to sett øyne).");

        var godkjent = await fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = kjoring.Nummer, Godkjenn = true }, per);

        godkjent.Status.ShouldBe(Kjoringsstatus.Godkjent);
        var fil = XDocument.Load(new MemoryStream((await fixture.SendAsync(new Utbetalingskjoringen.FilQuery(kjoring.Nummer), per))!));
        fil.Root!.Name.ShouldBe(Pain + "Document");
        var hode = fil.Descendants(Pain + "GrpHdr").Single();
        (hode.Element(Pain + "NbOfTxs")!.Value, hode.Element(Pain + "CtrlSum")!.Value).ShouldBe(("4", "12300.00"));
        fil.Descendants(Pain + "ReqdExctnDt").Single().Value.ShouldBe("2026-11-23", "approved on a Saturday: paid the next banking day");
        var overforinger = fil.Descendants(Pain + "CdtTrfTxInf")
            .Select(t => (Mottaker: t.Element(Pain + "Cdtr")!.Element(Pain + "Nm")!.Value, Konto: t.Descendants(Pain + "CdtrAcct").Descendants(Pain + "Id").Last().Value, Belop: t.Descendants(Pain + "InstdAmt").Single().Value))
            .OrderBy(t => t.Belop.Length).ThenBy(t => t.Belop).ToList();
        overforinger.ShouldBe(
        [
            ("Siri Nordmann", KontoBetaler, "50.00"),
            ("Per Feil", KontoBetaler, "300.00"),
            ("Utbetaling Inkasso AS", KontoKreditor, "1000.00"),
            ("Utbetaling Inkasso AS", KontoKreditor, "10950.00"),
        ]);
        var statuser = await fixture.QueryAsync(db => db.Utbetalinger.Where(u => u.KjoringId == kjoring.Id).Select(u => u.Status).Distinct().ToListAsync());
        statuser.ShouldBe([Utbetalingsstatus.Utbetalt]);
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = kjoring.Nummer, Godkjenn = true }, TestUser.Leder("OSLO", "Tredje Leder", "tredje-utb"))))
            .Message.ShouldBe("Kjøringen er allerede godkjent.");

        // The statement per recipient, and the creditor's own view of it.
        var detalj = await fixture.SendAsync(new Utbetalingskjoringen.Query(kjoring.Nummer), per);
        var tilKreditor = detalj.Utskrifter.Single(u => u.Mottaker == "Utbetaling Inkasso AS");
        (tilKreditor.Sum, tilKreditor.Kontonummer).ShouldBe((11_950m, KontoKreditor));
        tilKreditor.Linjer.Select(l => (l.Saksnummer, l.Belop)).OrderBy(l => l.Belop).ShouldBe([(forste, 1_000m), (andre, 10_950m)]);
        var egen = await fixture.SendAsync(new KreditorUtbetalinger.Query(), TestUser.Kreditor(kreditorId));
        (egen.Kontonummer, egen.Utbetalt, egen.Venter, egen.Linjer.Count).ShouldBe((Kontonummer.Parse(KontoKreditor).Formatert, 11_950m, 0m, 2));
        (await fixture.SendAsync(new KreditorUtbetalinger.Query(), TestUser.Kreditor(await TestData.KreditorAsync(fixture, "Annen AS")))).Linjer.ShouldBeEmpty();

        var etter = await fixture.QueryAsync(db => Utbetalingsoversikt.RapportAsync(db, "OSLO", CancellationToken.None));
        (etter.FordeltUtbetalt - for0.FordeltUtbetalt, etter.TilbakeUtbetalt - for0.TilbakeUtbetalt, etter.Differanse).ShouldBe((11_950m, 350m, 0m));
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new OpprettUtbetalingskjoring.Command(), lise)))
            .Message.ShouldBe("Ingen utbetalinger venter. En kjøring lages når det er kommet inn penger som skal fordeles.");
    }

    [Fact]
    public async Task A_held_payout_gets_an_account_from_a_caseworker_with_where_it_came_from_and_a_wrong_account_is_refused_by_its_field()
    {
        var kari = TestUser.Saksbehandler("OSLO", "Kari Saksbehandler", "kari-konto");
        var dag = Oslotid.IDag(fixture.Clock);
        await fixture.SendAsync(new LesInnbetalingsfil.Command("uten-konto.xml", Camt054Eksempelfil.Lag("MSG-KONTO", Opprettet, [new("KONTO-1", 120m, dag, null, "Uten Konto", "Feil")])), kari);
        await fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "KONTO-1", Begrunnelse = "Ingen sak." }, kari);
        var id = await fixture.QueryAsync(db => db.Utbetalinger.Where(u => u.Mottaker == "Uten Konto").Select(u => u.Id).SingleAsync());
        (await fixture.SendAsync(new Utbetalingsoversikt.Query(), kari)).Utbetalinger.Single(u => u.Id == id).Hindring
            .ShouldBe("Banken oppga ikke betalerens konto. Oppgi kontonummeret betaleren ber om.");

        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new OppgiKontonummer.Command { Id = id, Kontonummer = "1234", Kilde = "" }, kari));
        feil.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe(
        [
            ("Kontonummer", "Kontonummeret må ha 11 siffer, for eksempel 1234 56 78903."),
            ("Kilde", "Skriv hvor kontonummeret kommer fra, for eksempel «brev fra skyldneren 02.12.2026»."),
        ]);
        await fixture.SendAsync(new OppgiKontonummer.Command { Id = id, Kontonummer = Kontonummer.Parse(KontoOla).Formatert, Kilde = "Telefon fra betaleren 21.11.2026" }, kari);

        var lagret = await fixture.QueryAsync(db => db.Utbetalinger.SingleAsync(u => u.Id == id));
        (lagret.Kontonummer, lagret.Merknad).ShouldBe((KontoOla, $"Kontonummer {Kontonummer.Parse(KontoOla).Formatert} oppgitt av Kari Saksbehandler: Telefon fra betaleren 21.11.2026"));
        (await fixture.SendAsync(new Utbetalingsoversikt.Query(), kari)).Utbetalinger.Single(u => u.Id == id).Hindring.ShouldBeNull();
        (await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new OppgiKontonummer.Command { Id = id, Kontonummer = KontoOla, Kilde = "x" }, TestUser.Saksbehandler("BERGEN", "Annen", "bergen-konto"))))
            .Message.ShouldBe("Fant ikke utbetalingen.", "another office's payouts are not found");
    }
}
