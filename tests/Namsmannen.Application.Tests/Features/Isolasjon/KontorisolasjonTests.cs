using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Isolasjon;

/// <summary>Issue 12, H1, M1 and L2: an office sees and changes only what belongs to it; a creditor is never told who.</summary>
public sealed class KontorisolasjonTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static TestUser Saksbehandler(string? kontor) =>
        new() { Roller = new HashSet<string> { Roller.Saksbehandler }, Kontor = kontor, UserId = "saksbehandler-" + kontor, Navn = "Kari Nordmann" };

    [Fact]
    public async Task Another_offices_debtor_can_be_neither_read_nor_changed_and_a_user_without_an_office_sees_none()
    {
        var bergen = await TestData.SkyldnerAsync(fixture, "Berit Bergen", "5003");
        await TestData.SakAsync(fixture, skyldnerId: bergen);

        foreach (var kontor in new[] { "OSLO", null })
        {
            var saksbehandler = Saksbehandler(kontor);
            await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new SkyldnerOversikt.Query(bergen), saksbehandler));
            var feil = await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new RegistrerHusstand.Command { SkyldnerId = bergen, NettoInntektPerManed = 1m }, saksbehandler));
            feil.Message.ShouldBe("Fant ikke skyldneren.");
        }

        await fixture.QueryAsync(async db =>
        {
            (await db.Skyldnere.SingleAsync(s => s.Id == bergen)).Husstand.ShouldBeNull();
            (await db.SaksHendelser.CountAsync(h => h.Type == "HUSSTAND_REGISTRERT")).ShouldBe(0);
            return 0;
        });

        var saksbehandlerVest = Saksbehandler("VEST");
        (await fixture.SendAsync(new SkyldnerOversikt.Query(bergen), saksbehandlerVest)).Navn.ShouldBe("Berit Bergen");
    }

    [Fact]
    public async Task A_debtor_with_cases_in_two_offices_shows_each_office_only_its_own_cases_and_samordning()
    {
        var skyldner = await TestData.SkyldnerAsync(fixture, "Per Pendler", "0155");
        var oslo = await TestData.SakAsync(fixture, skyldnerId: skyldner);
        var annen = await TestData.SakAsync(fixture, skyldnerId: skyldner);
        var osloNr = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == oslo).Select(s => s.Saksnummer).SingleAsync());
        // The second case was moved to Vest (omfordeling) and waits for an utleggsforretning there; it stays the same debtor's.
        await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == annen).ExecuteUpdateAsync(s => s.SetProperty(x => x.Kontor, "VEST").SetProperty(x => x.Stadium, Saksstadium.Godtatt)));
        await fixture.QueryAsync(async db =>
        {
            foreach (var (id, navn, kontor) in new[] { ("kari", "Kari Nordmann", "OSLO"), ("vidar", "Vidar Vest", "VEST") })
            {
                db.Users.Add(new Bruker { Id = id, UserName = id + "@test", Email = id + "@test", FulltNavn = navn, Kontor = kontor });
                db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = id, RoleId = Roller.Saksbehandler.ToLowerInvariant() });
            }

            return await db.SaveChangesAsync();
        });
        var saksbehandlerOslo = Saksbehandler("OSLO");

        var oversikt = await fixture.SendAsync(new SkyldnerOversikt.Query(skyldner), saksbehandlerOslo);
        var sak = await fixture.SendAsync(new SakDetaljer.Query(osloNr), saksbehandlerOslo);

        oversikt.Saker.Select(s => s.Saksnummer).ShouldBe([osloNr]);
        oversikt.Samordning.ShouldBeEmpty();
        sak.Samordningskandidater.ShouldBeEmpty();
        sak.Saksbehandlere.Select(s => s.Navn).ShouldBe(["Kari Nordmann"]);
    }

    [Fact]
    public async Task An_attachment_of_another_offices_case_is_not_found()
    {
        var bergen = await TestData.SkyldnerAsync(fixture, "Vera Vedlegg", "5003");
        var sakId = await TestData.SakAsync(fixture, skyldnerId: bergen);
        var (saksnummer, vedleggId) = await fixture.QueryAsync(async db =>
        {
            var vedlegg = new Namsmannen.Application.Data.Portal.Vedlegg { Id = Guid.NewGuid(), SakId = sakId, Filnavn = "dom.pdf", Innholdstype = "application/pdf", Storrelse = 4, Innhold = [1, 2, 3, 4], LastetOpp = DateTimeOffset.UtcNow, LastetOppAvNavn = "Test" };
            db.Vedlegg.Add(vedlegg);
            await db.SaveChangesAsync();
            return (await db.Saker.Where(s => s.Id == sakId).Select(s => s.Saksnummer).SingleAsync(), vedlegg.Id);
        });

        var saksbehandlerOslo = Saksbehandler("OSLO");
        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new HentVedlegg.Query(saksnummer, vedleggId), saksbehandlerOslo));

        var saksbehandlerVest = Saksbehandler("VEST");
        (await fixture.SendAsync(new HentVedlegg.Query(saksnummer, vedleggId), saksbehandlerVest)).Filnavn.ShouldBe("dom.pdf");
    }

    [Fact]
    public async Task A_creditor_told_of_a_conflict_learns_when_but_not_which_caseworker()
    {
        var kreditor = await TestData.KreditorAsync(fixture);
        var sakId = await TestData.SakAsync(fixture, kreditor);
        var (saksnummer, versjon) = await fixture.QueryAsync(async db => await db.Saker.Where(s => s.Id == sakId).Select(s => new ValueTuple<string, uint>(s.Saksnummer, s.Versjon)).SingleAsync());
        var jonas = Saksbehandler("OSLO") with { Navn = "Jonas Berg" };
        // A change by the caseworker that assigns nobody (accepting would make Jonas the case's caseworker).
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.SuspenderForDatafeil, Begrunnelse = "Adressen mangler husnummer.", Versjon = versjon }, jonas);

        var kreditorbruker = TestUser.Kreditor(kreditor, "Sofie Lunde");
        var konflikt = await Should.ThrowAsync<KonfliktException>(() => fixture.SendAsync(new TrekkBegjaring.Command { Saksnummer = saksnummer, Versjon = versjon }, kreditorbruker));

        konflikt.Message.ShouldStartWith($"Saken {saksnummer} ble endret av en annen bruker (");
        konflikt.Message.ShouldNotContain("Jonas");
    }
}
