using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Innbetalinger;

/// <summary>Issue 16: payments to namsmannen's account arrive in a camt.054 file and are matched by KID, each booked once.</summary>
public sealed class InnbetalingsfilTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Opprettet = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);

    private static string KidFor(string saksnummer) => Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new ArgumentException(saksnummer);

    private async Task<(Guid Id, string Saksnummer)> SakAsync()
    {
        var id = await TestData.SakAsync(fixture);
        return (id, await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync()));
    }

    [Fact]
    public async Task A_file_books_the_lines_with_a_cases_KID_once_puts_the_rest_in_suspense_and_the_same_file_or_line_again_books_nothing()
    {
        var (forsteId, forste) = await SakAsync();
        var (andreId, andre) = await SakAsync();
        var dag = Oslotid.IDag(fixture.Clock);
        var leder = TestUser.Leder("OSLO");
        var fil = Camt054Eksempelfil.Lag("MSG-1", Opprettet,
        [
            new("BANK-1", 1_000m, dag, KidFor(forste), "Ola Nordmann"),
            new("BANK-2", 250m, dag, "12345678903", "Kari Ukjent", "Betaling"), // a valid MOD11 KID, but no case's
            new("BANK-3", 75.50m, dag, null, "Per Uten Kid", "Innbetaling sak"),
            new("BANK-4", 99m, dag, null, "Banken", "Gebyr", Debet: true), // a debit: not a payment in
            new("BANK-1", 1_000m, dag, KidFor(forste), "Ola Nordmann"), // the same line twice
        ]);

        var resultat = await fixture.SendAsync(new LesInnbetalingsfil.Command("camt054-1.xml", fil), leder);

        resultat.SettFor.ShouldBeFalse();
        resultat.Linjer.Select(l => (l.Referanse, l.Utfall, l.Saksnummer)).ShouldBe(
        [
            ("BANK-1", LesInnbetalingsfil.Utfall.Bokfort, forste),
            ("BANK-2", LesInnbetalingsfil.Utfall.Uavklart, null),
            ("BANK-3", LesInnbetalingsfil.Utfall.Uavklart, null),
            ("BANK-1", LesInnbetalingsfil.Utfall.Duplikat, null),
        ]);
        resultat.Linjer[2].Merknad.ShouldBe("Betalingen har ingen KID.");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(1_000m));
        (await fixture.QueryAsync(db => db.Kontoposter.Where(p => p.SakId == forsteId && p.Type == Posttype.Betaling).ToListAsync())).Sum(p => p.Belop.Kroner).ShouldBe(-1_000m);
        var lagret = await fixture.QueryAsync(db => db.Innbetalinger.OrderBy(i => i.Referanse).Select(i => new { i.Referanse, i.Status, i.Kontor }).ToListAsync());
        lagret.Select(i => (i.Referanse, i.Status)).ShouldBe([("BANK-1", Innbetalingsstatus.Bokfort), ("BANK-2", Innbetalingsstatus.Uavklart), ("BANK-3", Innbetalingsstatus.Uavklart)]);
        (await fixture.QueryAsync(db => db.Innbetalingsfiler.Select(f => f.Innhold).SingleAsync())).ShouldBe(fil, "the file is kept as received");

        // The same file again: recognised, nothing booked.
        var igjen = await fixture.SendAsync(new LesInnbetalingsfil.Command("camt054-1-kopi.xml", fil), leder);
        igjen.SettFor.ShouldBeTrue();
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(1_000m));

        // A new file that repeats a line already booked books only its new line.
        var neste = Camt054Eksempelfil.Lag("MSG-2", Opprettet.AddDays(1),
        [
            new("BANK-1", 1_000m, dag, KidFor(forste), "Ola Nordmann"),
            new("BANK-5", 400m, dag, KidFor(andre), "Siri Nordmann"),
        ]);
        var andreResultat = await fixture.SendAsync(new LesInnbetalingsfil.Command("camt054-2.xml", neste), leder);
        andreResultat.Linjer.Select(l => l.Utfall).ShouldBe([LesInnbetalingsfil.Utfall.Duplikat, LesInnbetalingsfil.Utfall.Bokfort]);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(1_000m));
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == andreId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(400m));
    }

    [Fact]
    public async Task A_file_that_is_not_camt054_is_refused_by_its_field_and_nothing_is_kept()
    {
        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new LesInnbetalingsfil.Command("feil.xml", Encoding.UTF8.GetBytes("<Document><Annet/></Document>")), TestUser.Leder("OSLO")));

        (feil.Errors.Single().PropertyName, feil.Errors.Single().ErrorMessage).ShouldBe(("Fil", "Filen er ikke en camt.054-fil (BankToCustomerDebitCreditNotification)."));
        (await fixture.QueryAsync(db => db.Innbetalingsfiler.CountAsync(f => f.Filnavn == "feil.xml"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_payment_in_suspense_is_booked_by_hand_on_its_case_or_marked_to_be_paid_back_and_only_once()
    {
        var (sakId, saksnummer) = await SakAsync();
        var dag = Oslotid.IDag(fixture.Clock);
        var kari = TestUser.Saksbehandler("OSLO");
        var fil = Camt054Eksempelfil.Lag("MSG-HAND", Opprettet,
        [
            new("HAND-1", 600m, dag, null, "Ola Uten Kid", $"Gjelder sak {saksnummer}"),
            new("HAND-2", 80m, dag, null, "Feil Mottaker", "Skulle til en annen"),
        ]);
        await fixture.SendAsync(new LesInnbetalingsfil.Command("hand.xml", fil), kari);
        (await fixture.SendAsync(new Uavklarte.Query(), kari)).Rader.Select(r => r.Referanse).ShouldContain("HAND-1");

        var ukjent = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "HAND-1", Saksnummer = "26-999999" }, kari));
        (ukjent.Errors.Single().PropertyName, ukjent.Errors.Single().ErrorMessage).ShouldBe(("Saksnummer", "Fant ingen sak med saksnummer 26-999999."));
        var ingenting = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "HAND-2" }, kari));
        ingenting.Errors.Single().ErrorMessage.ShouldBe("Oppgi saken betalingen hører til, eller skriv hvorfor den skal betales tilbake.");

        var fort = await fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "HAND-1", Saksnummer = saksnummer }, kari);
        var tilbake = await fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "HAND-2", Begrunnelse = "Betaleren har ingen sak hos oss." }, kari);

        (fort.Status, fort.Saksnummer).ShouldBe((Innbetalingsstatus.Bokfort, saksnummer));
        tilbake.Status.ShouldBe(Innbetalingsstatus.Tilbakebetales);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(600m));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == sakId && h.Type == "BETALING_REGISTRERT").Select(h => h.UtfortAvNavn).ToListAsync())).ShouldBe([kari.Navn], "the case's audit line names who matched it");
        (await fixture.SendAsync(new Uavklarte.Query(), kari)).Rader.Select(r => r.Referanse).ShouldNotContain("HAND-1");
        (await Should.ThrowAsync<Namsmannen.Domain.DomainException>(() => fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = "HAND-1", Saksnummer = saksnummer }, kari)))
            .Message.ShouldBe("Innbetalingen er allerede avklart.");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(600m), "booked once");
    }
}
