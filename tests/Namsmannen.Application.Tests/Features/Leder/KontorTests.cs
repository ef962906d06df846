using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Leder;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Leder;

/// <summary>A supervisor of office A sees none of office B's cases or figures, whatever they ask for.</summary>
public sealed class KontorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_supervisor_of_one_office_sees_none_of_another_offices_cases_or_figures()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for kontortest");
        var oslo = await SakAsync(kreditor, "0150");
        var bergen = await SakAsync(kreditor, "5003");
        var bergenNummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == bergen).Select(s => s.Saksnummer).SingleAsync());
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == bergen).Select(s => s.Kontor).SingleAsync())).ShouldBe("VEST");

        var leder = TestUser.Leder("OSLO");
        // The figures: only Oslo's cases, even when the supervisor asks for Vest.
        var tall = await fixture.SendAsync(new Ledertall.Query { Kontor = "VEST" }, leder);
        tall.Kontorer.Select(k => k.Kode).ShouldBe(["OSLO"]);
        tall.KanVelgeKontor.ShouldBeFalse();
        var osloTotalt = await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.Kontor == "OSLO"));
        tall.Nokkel.AlleSaker.ShouldBe(osloTotalt);
        tall.Kreditorer.Single(k => k.Id == kreditor).Antall.ShouldBe(1, "the creditor has one case in Oslo and one in Vest");

        // The list and the search: Vest's case is not there, not even by its saksnummer.
        var liste = await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle, Kontor = "VEST", KreditorId = kreditor }, leder);
        liste.Saker.Select(s => s.Saksnummer).ShouldNotContain(bergenNummer);
        liste.Saker.Count.ShouldBe(1);
        (await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle, Sok = bergenNummer }, leder)).Saker.ShouldBeEmpty();

        // The case itself is "not found", as if it did not exist; and it cannot be acted on.
        var detaljer = await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new SakDetaljer.Query(bergenNummer), leder));
        detaljer.Message.ShouldBe($"Fant ingen sak med saksnummer {bergenNummer}.");
        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = bergenNummer, Belop = 100m }, leder));
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == bergen).Select(s => s.Innbetalt).SingleAsync())).ShouldBe(new Belop(0m));

        _ = oslo;
    }

    [Fact]
    public async Task An_administrator_sees_the_whole_country_or_the_office_chosen()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for admintest");
        await SakAsync(kreditor, "0150");
        await SakAsync(kreditor, "9008");
        var admin = TestUser.Admin();
        var landet = await fixture.SendAsync(new Ledertall.Query(), admin);
        landet.Kontorer.Count.ShouldBe(12);
        landet.Nokkel.AlleSaker.ShouldBe(await fixture.QueryAsync(db => db.Saker.CountAsync()));
        var troms = await fixture.SendAsync(new Ledertall.Query { Kontor = "TROMS" }, admin);
        troms.Nokkel.AlleSaker.ShouldBe(await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.Kontor == "TROMS")));
        troms.Nokkel.AlleSaker.ShouldBeGreaterThanOrEqualTo(1);

        var ukjent = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new Ledertall.Query { Kontor = "MARS" }, admin));
        ukjent.Errors.Single().ErrorMessage.ShouldBe("Velg et kontor fra listen.");
    }

    [Fact]
    public async Task A_caseworker_or_supervisor_without_an_office_sees_no_figures_and_no_cases()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for uten-kontor");
        var sak = await SakAsync(kreditor, "0150");
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sak).Select(s => s.Saksnummer).SingleAsync());
        var utenKontor = new TestUser { Roller = new HashSet<string> { Roller.Leder, Roller.Saksbehandler } };
        (await Should.ThrowAsync<UnauthorizedAccessException>(() => fixture.SendAsync(new Ledertall.Query(), utenKontor))).Message.ShouldBe("Brukeren er ikke knyttet til et kontor.");
        (await Should.ThrowAsync<UnauthorizedAccessException>(() => fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle }, utenKontor))).Message.ShouldBe("Brukeren er ikke knyttet til et kontor.");
        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new SakDetaljer.Query(saksnummer), utenKontor));
    }

    [Fact]
    public async Task Reassignment_moves_the_oldest_open_cases_to_a_colleague_in_the_office_with_an_audit_line_each()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for omfordeling");
        var (fra, til, annetKontor) = (await BrukerAsync("fra@kontor.test", "FINNMARK"), await BrukerAsync("til@kontor.test", "FINNMARK"), await BrukerAsync("bergen@kontor.test", "VEST"));
        var saker = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            saker.Add(await SakAsync(kreditor, "9600"));
            fixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        await fixture.SqlAsync($"UPDATE saker SET saksbehandler_id = '{fra}' WHERE id IN ('{string.Join("','", saker)}')");
        var leder = TestUser.Leder("FINNMARK");
        try
        {
            var ubekreftet = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new OmfordelSaker.Command { FraSaksbehandlerId = fra, TilSaksbehandlerId = til, Antall = 3 }, leder));
            ubekreftet.Errors.Single().PropertyName.ShouldBe("Bekreftet");
            ubekreftet.Errors.Single().ErrorMessage.ShouldStartWith("3 saker blir flyttet fra ");
            var resultat = await fixture.SendAsync(new OmfordelSaker.Command { FraSaksbehandlerId = fra, TilSaksbehandlerId = til, Antall = 3, Bekreftet = true }, leder);
            resultat.Flyttet.ShouldBe(3);
            resultat.Til.ShouldBe("til@kontor.test");

            var eiere = await fixture.QueryAsync(db => db.Saker.Where(s => saker.Contains(s.Id)).OrderBy(s => s.Mottatt).Select(s => s.SaksbehandlerId).ToListAsync());
            eiere.ShouldBe([til, til, til, fra], "the three oldest move");
            var logg = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => saker.Contains(h.SakId) && h.Type == "TILDELT").Select(h => h.Beskrivelse).ToListAsync());
            logg.Count.ShouldBe(3);
            logg.ShouldAllBe(b => b == "Saken er flyttet fra fra@kontor.test til til@kontor.test av leder.");

            var tall = await fixture.SendAsync(new Ledertall.Query(), leder);
            tall.Saksbehandlere.Single(s => s.Id == til).Apne.ShouldBe(3);
            tall.Saksbehandlere.Single(s => s.Id == fra).Apne.ShouldBe(1);

            // Not to someone in another office, not to the same person, and not more than there is: nothing moves.
            var feilKontor = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new OmfordelSaker.Command { FraSaksbehandlerId = til, TilSaksbehandlerId = annetKontor, Antall = 1 }, leder));
            feilKontor.Errors.Single().ErrorMessage.ShouldBe("Velg en saksbehandler ved kontoret.");
            var samme = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new OmfordelSaker.Command { FraSaksbehandlerId = til, TilSaksbehandlerId = til, Antall = 1 }, leder));
            samme.Errors.Single().ErrorMessage.ShouldBe("Velg en annen saksbehandler enn den sakene flyttes fra.");
            var ingenAntall = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new OmfordelSaker.Command { FraSaksbehandlerId = til, TilSaksbehandlerId = fra }, leder));
            ingenAntall.Errors.Single().PropertyName.ShouldBe("Antall");
            (await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.SaksbehandlerId == annetKontor))).ShouldBe(0);
        }
        finally
        {
            fixture.Clock.AdjustTime(DatabaseFixture.Start);
        }
    }

    [Fact]
    public async Task A_case_is_assigned_only_to_a_caseworker_in_its_own_office()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for tildeling");
        var sak = await SakAsync(kreditor, "7011");
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sak).Select(s => s.Saksnummer).SingleAsync());
        var iOslo = await BrukerAsync("oslo.tildeling@kontor.test", "OSLO");
        var iTrondelag = await BrukerAsync("trondelag.tildeling@kontor.test", "TRONDELAG");

        var feil = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new TildelSak.Command { Saksnummer = saksnummer, SaksbehandlerId = iOslo }));
        feil.Errors.Single().ErrorMessage.ShouldBe("Velg en saksbehandler ved sakens kontor.");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sak).Select(s => s.SaksbehandlerId).SingleAsync())).ShouldBeNull();

        (await fixture.SendAsync(new TildelSak.Command { Saksnummer = saksnummer, SaksbehandlerId = iTrondelag })).SaksbehandlerNavn.ShouldBe("trondelag.tildeling@kontor.test");
    }

    private async Task<string> BrukerAsync(string epost, string kontor) =>
        (await TestData.SaksbehandlerAsync(fixture, kontor, epost, epost)).UserId!;

    private async Task<Guid> SakAsync(Guid kreditor, string postnummer)
    {
        return await TestData.SakAsync(fixture, kreditor, skyldnerId: await TestData.SkyldnerAsync(fixture, "Per Testesen", postnummer));
    }
}
