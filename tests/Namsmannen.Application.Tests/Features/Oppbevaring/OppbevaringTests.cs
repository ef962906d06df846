using System.Text;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Oppbevaring;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Npgsql;

namespace Namsmannen.Application.Tests.Features.Oppbevaring;

/// <summary>
/// Issue 20, part 3: the retention rules carried out by the nightly job, a legal hold that stops them, and the
/// database's own anonymisation that the application's role may call but could not do.
/// </summary>
public sealed class OppbevaringTests(DatabaseFixture fixture) : OppbevaringTestbase(fixture), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Documents_go_after_three_years_personal_data_after_ten_a_legal_hold_keeps_both_and_a_second_run_does_nothing()
    {
        var gammel = await AvsluttetSakAsync(new DateTimeOffset(2015, 3, 2, 9, 0, 0, TimeSpan.Zero), "Gamle Gunnar");
        var middels = await AvsluttetSakAsync(new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero), "Middels Mona");
        var holdt = await AvsluttetSakAsync(new DateTimeOffset(2015, 3, 2, 9, 0, 0, TimeSpan.Zero), "Holdt Hilde");
        var ny = await AvsluttetSakAsync(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), "Nye Nils");
        var hold = await Fixture.SendAsync(new RettsligHold.Command { Saksnummer = holdt.Saksnummer, Sett = true, Grunn = "Søksmål om erstatning, Oslo tingrett 25-123456TVI-TOSL" }, Leder);
        hold.RettsligHold.ShouldBe("Søksmål om erstatning, Oslo tingrett 25-123456TVI-TOSL");
        var linjerFor = await LinjerAsync(gammel.Id);
        var innsendingerFor = await Fixture.QueryAsync(db => db.Innsendinger.CountAsync());
        innsendingerFor.ShouldBe(4);

        var r = await Fixture.SendAsync(new Oppbevaringskjoring.Command());

        // The old and the middle case lose their attachment; the held one and the new one keep theirs.
        r.ShouldBe(new Oppbevaringskjoring.Result(Saker: 2, Vedlegg: 2, Brevfiler: 0, Anonymisert: 1, Innsendinger: 4, HoldtTilbake: 1));
        (await VedleggAsync(gammel.Id)).ShouldBe(0);
        (await VedleggAsync(middels.Id)).ShouldBe(0);
        (await VedleggAsync(holdt.Id)).ShouldBe(1);
        (await VedleggAsync(ny.Id)).ShouldBe(1);
        (await Fixture.QueryAsync(db => db.Innsendinger.CountAsync())).ShouldBe(0, "submissions go after 90 days; the cases they made stay");

        // The middle case says what went, and keeps its personal data.
        var middelsLinjer = await LinjerAsync(middels.Id);
        middelsLinjer[^1].ShouldBe(("DOKUMENTER_SLETTET", "1 vedlegg og 0 brevfiler er slettet, 3 år etter at saken ble avsluttet 01.06.2022. Brevenes journal og revisjonsloggen står."));
        (await SkyldnerAsync(middels.Id)).Navn.ShouldBe("Middels Mona");

        // The old case: every line kept in its place with its code, its text replaced by the tombstone, and the
        // anonymisation's own line last; the debtor, who has no other case, is a tombstone too.
        var linjer = await LinjerAsync(gammel.Id);
        linjer.Count.ShouldBe(linjerFor.Count + 2);
        linjer.Take(linjer.Count - 1).Select(l => l.Type).ShouldBe(linjerFor.Select(l => l.Type).Append("DOKUMENTER_SLETTET"));
        linjer.Take(linjer.Count - 1).ShouldAllBe(l => l.Beskrivelse == "[anonymisert]");
        linjer[^1].ShouldBe(("SAK_ANONYMISERT", "Personopplysningene i saken er erstattet med «[anonymisert]», 10 år etter at saken ble avsluttet 02.03.2015. Beløp, datoer og revisjonsloggens linjer står."));
        (await Fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == gammel.Id).CountAsync(h => h.Tidligere != null || h.Etter != null))).ShouldBe(0);
        var skyldner = await SkyldnerAsync(gammel.Id);
        skyldner.Navn.ShouldBe("[anonymisert]");
        skyldner.Adresse.ShouldBe("[anonymisert]");
        skyldner.Identifikator.ShouldMatch("^A[0-9]{10}$");
        var sak = await Fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == gammel.Id));
        sak.Anonymisert.ShouldNotBeNull();
        (sak.Hovedstol, sak.Renter, sak.Omkostninger).ShouldBe((new Belop(10_000m), new Belop(250m), new Belop(700m)), "the amounts stay for the statistics");
        (await Fixture.QueryAsync(db => db.Saker.Where(s => s.Id == gammel.Id).Select(s => EF.Property<string?>(s, "InnsendtInnhold")).SingleAsync())).ShouldBeNull();

        // The held case is untouched; its debtor keeps the name.
        (await SkyldnerAsync(holdt.Id)).Navn.ShouldBe("Holdt Hilde");
        (await LinjerAsync(holdt.Id)).ShouldNotContain(l => l.Beskrivelse == "[anonymisert]");

        // Nothing is done twice.
        (await Fixture.SendAsync(new Oppbevaringskjoring.Command())).ShouldBe(new Oppbevaringskjoring.Result(0, 0, 0, 0, 0, 1));

        // Lifting the hold lets the next run take it.
        await Fixture.SendAsync(new RettsligHold.Command { Saksnummer = holdt.Saksnummer, Sett = false, Grunn = "Dommen er rettskraftig." }, Leder);
        (await LinjerAsync(holdt.Id))[^1].ShouldBe(("RETTSLIG_HOLD_OPPHEVET", "Det rettslige holdet er opphevet; reglene for sletting gjelder igjen. Grunn: Dommen er rettskraftig."));
        (await Fixture.SendAsync(new Oppbevaringskjoring.Command())).ShouldBe(new Oppbevaringskjoring.Result(1, 1, 0, 1, 0, 0));
        (await SkyldnerAsync(holdt.Id)).Navn.ShouldBe("[anonymisert]");

    }
}

/// <summary>Issue 20: the legal hold and the database's refusals, in a database of their own (the job above sees every case of its class).</summary>
public sealed class RettsligHoldTests(DatabaseFixture fixture) : OppbevaringTestbase(fixture), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_database_refuses_to_anonymise_an_open_a_recent_or_a_held_case_whoever_asks()
    {
        var apen = await TestData.SakAsync(Fixture);
        var nylig = await AvsluttetSakAsync(new DateTimeOffset(2020, 1, 6, 9, 0, 0, TimeSpan.Zero), "Nylig Nora");
        var holdt = await AvsluttetSakAsync(new DateTimeOffset(2014, 1, 6, 9, 0, 0, TimeSpan.Zero), "Holdt Harald");
        await Fixture.SendAsync(new RettsligHold.Command { Saksnummer = holdt.Saksnummer, Sett = true, Grunn = "Begjæring om innsyn." }, Leder);

        (await AnonymiserAsync(apen)).MessageText.ShouldMatch("^Sak [0-9-]+ kan ikke anonymiseres før 10 år etter at den ble avsluttet$");
        (await AnonymiserAsync(nylig.Id)).MessageText.ShouldBe($"Sak {nylig.Saksnummer} kan ikke anonymiseres før 10 år etter at den ble avsluttet");
        (await AnonymiserAsync(holdt.Id)).MessageText.ShouldBe($"Sak {holdt.Saksnummer} har rettslig hold og kan ikke anonymiseres");
        (await SkyldnerAsync(holdt.Id)).Navn.ShouldBe("Holdt Harald");

        // The function is the only way: the application's role cannot write the tombstone into the audit log itself.
        var selv = await Should.ThrowAsync<PostgresException>(() => Fixture.SqlAsync($"UPDATE saks_hendelser SET beskrivelse = '[anonymisert]', tidligere = NULL, etter = NULL WHERE sak_id = '{nylig.Id}'"));
        selv.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Only_a_supervisor_or_an_administrator_sets_a_legal_hold_and_a_reason_is_required()
    {
        var sak = await AvsluttetSakAsync(new DateTimeOffset(2024, 2, 5, 9, 0, 0, TimeSpan.Zero), "Hold Hans");
        var saksbehandler = TestUser.Saksbehandler(Kontorinndeling.Oslo.Kode, "Sara Saksbehandler");

        var nektet = await Should.ThrowAsync<UnauthorizedAccessException>(() => Fixture.SendAsync(new RettsligHold.Command { Saksnummer = sak.Saksnummer, Sett = true, Grunn = "Søksmål." }, saksbehandler));
        nektet.Message.ShouldBe("Bare en leder eller en administrator kan sette eller oppheve rettslig hold.");
        var uten = await Should.ThrowAsync<FluentValidation.ValidationException>(() => Fixture.SendAsync(new RettsligHold.Command { Saksnummer = sak.Saksnummer, Sett = true, Grunn = " " }, Leder));
        uten.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Grunn", "Skriv hvorfor.")]);
        var ikkeHoldt = await Should.ThrowAsync<DomainException>(() => Fixture.SendAsync(new RettsligHold.Command { Saksnummer = sak.Saksnummer, Sett = false, Grunn = "Feil." }, Leder));
        ikkeHoldt.Message.ShouldBe("Saken har ikke rettslig hold.");

        await Fixture.SendAsync(new RettsligHold.Command { Saksnummer = sak.Saksnummer, Sett = true, Grunn = "Søksmål." }, Leder);
        var detaljer = await Fixture.SendAsync(new SakDetaljer.Query(sak.Saksnummer), Leder);
        detaljer.Oppbevaring.ShouldBe(new SakDetaljer.Oppbevaringsstatus("Søksmål.", new DateOnly(2026, 11, 21), new DateOnly(2027, 2, 5), null, new DateOnly(2034, 2, 5), null, new DateOnly(2024, 2, 5)));
        (await LinjerAsync(sak.Id))[^1].ShouldBe(("RETTSLIG_HOLD_SATT", "Rettslig hold: saken slettes eller anonymiseres ikke før holdet er opphevet. Grunn: Søksmål."));
        var igjen = await Should.ThrowAsync<DomainException>(() => Fixture.SendAsync(new RettsligHold.Command { Saksnummer = sak.Saksnummer, Sett = true, Grunn = "To ganger." }, Leder));
        igjen.Message.ShouldBe("Saken har alt rettslig hold.");
    }
}

public abstract class OppbevaringTestbase(DatabaseFixture fixture)
{
    protected DatabaseFixture Fixture => fixture;

    protected static readonly TestUser Leder = TestUser.Leder(Kontorinndeling.Oslo.Kode, "Lise Leder");

    protected static readonly Fil Pdf = new("dom.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));

    /// <summary>
    /// A case received on <paramref name="da"/> with one PDF attachment and henlagt the same day, as production does it
    /// then; <paramref name="godtaForst"/>: accepted before it is henlagt (the receipt to the creditor is ordered).
    /// </summary>
    protected async Task<(Guid Id, string Saksnummer)> AvsluttetSakAsync(DateTimeOffset da, string navn, bool godtaForst = false)
    {
        using (fixture.StillKlokken(da))
        {
            var kreditor = await TestData.KreditorAsync(fixture);
            var rad = TestData.Begjaring(Oslotid.IDag(fixture.Clock), Begjaringstype.Utlegg, "REF-" + Guid.NewGuid().ToString("N")[..8], TestData.Fodselsnummer().Verdi, navn, "Storgata 1", "0155", "Oslo");
            var saksnummer = (await fixture.SendAsync(new SendBegjaring.Command(rad, [Pdf]), new TestUser { Navn = "Testkreditor AS", KreditorId = kreditor })).Saksnummer;
            if (godtaForst)
            {
                await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Leder);
            }

            await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "Kreditor har trukket begjæringen." }, Leder);
            return (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Id).SingleAsync()), saksnummer);
        }
    }

    protected Task<int> VedleggAsync(Guid sakId) => fixture.QueryAsync(db => db.Vedlegg.CountAsync(v => v.SakId == sakId));

    protected Task<List<(string Type, string Beskrivelse)>> LinjerAsync(Guid sakId) => fixture.QueryAsync(async db =>
        (await db.SaksHendelser.Where(h => h.SakId == sakId).OrderBy(h => h.Id).Select(h => new { h.Type, h.Beskrivelse }).ToListAsync())
            .Select(h => (h.Type, h.Beskrivelse)).ToList());

    protected Task<Domain.Parter.Skyldner> SkyldnerAsync(Guid sakId) => fixture.QueryAsync(db =>
        db.Skyldnere.AsNoTracking().SingleAsync(d => db.Saker.Any(s => s.Id == sakId && s.SkyldnerId == d.Id)));

    protected Task<PostgresException> AnonymiserAsync(Guid sakId) =>
        Should.ThrowAsync<PostgresException>(() => fixture.QueryAsync(db => db.Database.SqlQuery<bool>($"SELECT anonymiser_sak({sakId}) AS \"Value\"").SingleAsync()));
}
