using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utlegg;

public sealed class UtleggstrekkTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // Single, no children, 22 000 net, housing by norm: 22 000 − 10 724 − 5 000 = 6 276 per month (2024 rates, flagged stale).
    private static readonly BeregnUtleggstrekk.Query Enslig = new() { Dato = new DateOnly(2026, 11, 21), NettoInntektPerManed = 22_000m, Sivilstand = BeregnUtleggstrekk.Enslig };

    private async Task<string> GodtattAsync(Guid? skyldnerId = null)
    {
        var id = await TestData.SakAsync(fixture, skyldnerId: skyldnerId);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        return saksnummer;
    }

    [Fact]
    public async Task A_trekk_is_set_from_the_calculator_starts_a_month_later_and_is_registered()
    {
        var saksnummer = await GodtattAsync();

        var tooEarly = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, ArbeidsgiverOrgnr = "974760673", Start = new DateOnly(2026, 12, 1), Beregning = Enslig }));
        tooEarly.Errors.Single().ErrorMessage.ShouldBe("Det første trekket kan tidligst skje 21.12.2026, om lag en måned etter utleggsforretningen (§ 7-17).");

        var result = await fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, ArbeidsgiverOrgnr = "974760673", Start = new DateOnly(2027, 1, 5), Beregning = Enslig });

        result.TrekkPerManed.ShouldBe(6_276m);
        result.SenesteSlutt.ShouldBeNull("from 2026 a trekk runs until the claims are paid");
        var trekk = await fixture.QueryAsync(db => db.Trekk.AsNoTracking().SingleAsync(t => db.Saker.Any(s => s.Id == t.SakId && s.Saksnummer == saksnummer)));
        (trekk.BelopPerManed, trekk.Start, trekk.Kravklasse).ShouldBe((new Belop(6_276m), new DateOnly(2027, 1, 5), Kravklasse.AndreKrav));
        trekk.Beregning.ShouldContain("\"post\": \"Livsopphold, skyldner\"");
        // seed 003: the trekk in Løsøreregisteret, and the betalingsanmerkning that follows it
        (await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == trekk.SakId).OrderBy(r => r.Id).Select(r => new { r.Register, r.Slettes }).ToListAsync()))
            .ShouldBe([new { Register = Register.Losoreregisteret, Slettes = (DateOnly?)null }, new { Register = Register.Betalingsanmerkning, Slettes = (DateOnly?)null }]);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Utleggstrekk);
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == trekk.SakId).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync()))
            .ShouldBe(["BEGJARING_MOTTATT", "GODTA_BEGJARING", "TA_UTLEGGSTREKK", "TREKKPALEGG_AKTIV", "REGISTRERT", "REGISTRERT"]);

        // The decision keeps its basis: what was entered, the calculation line by line, and the stale-rate warning.
        trekk.Grunnlag.ShouldContain("\"NettoInntektPerManed\": 22000");
        var vedtak = (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari"))).Trekk!;
        (vedtak.BelopPerManed, vedtak.Start, vedtak.Kravklasse).ShouldBe((6_276m, new DateOnly(2027, 1, 5), "5 Andre krav"));
        vedtak.Linjer.Select(l => (l.Post, l.Belop)).ShouldContain(("Livsopphold, skyldner", 10_724m));
        vedtak.Advarsler.ShouldNotBeEmpty("the 2024 rates are older than the decision, and the calculator said so");
        var skyldner = await fixture.SendAsync(new Namsmannen.Application.Features.Skyldnere.SkyldnerOversikt.Query(await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.SkyldnerId).SingleAsync())), TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari"));
        skyldner.Trekk!.Vedtak.Linjer.ShouldBe(vedtak.Linjer);
    }

    [Fact]
    public async Task A_trekk_of_zero_is_refused_in_favour_of_intet_til_utlegg_and_a_bad_orgnr_is_named()
    {
        var saksnummer = await GodtattAsync();

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, ArbeidsgiverOrgnr = "974760673", Start = new DateOnly(2027, 1, 5), Beregning = Enslig with { NettoInntektPerManed = 12_000m } })))
            .Message.ShouldBe("Trekket blir 0 kr: husstanden trenger 15\u00A0724,00 kr av en nettoinntekt på 12\u00A0000,00 kr. Konkluder med intet til utlegg i stedet.");
        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, ArbeidsgiverOrgnr = "974760674", Start = new DateOnly(2027, 1, 5), Beregning = Enslig })))
            .Errors.Single().ErrorMessage.ShouldBe("Oppgi et gyldig organisasjonsnummer for arbeidsgiveren eller trygdeutbetaleren.");
        (await fixture.QueryAsync(db => db.Trekk.CountAsync(t => db.Saker.Any(s => s.Id == t.SakId && s.Saksnummer == saksnummer)))).ShouldBe(0);
    }

    [Fact]
    public async Task Two_trekk_against_one_debtor_form_one_kravko_where_bidrag_is_paid_first()
    {
        var forste = await GodtattAsync();
        var skyldnerId = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == forste).Select(s => s.SkyldnerId).SingleAsync());
        var andre = await GodtattAsync(skyldnerId);
        var tredje = await GodtattAsync(skyldnerId);

        await fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = forste, ArbeidsgiverOrgnr = "974760673", Start = new DateOnly(2027, 1, 5), Beregning = Enslig, Kravklasse = "andre_krav" });
        await fixture.SendAsync(new TaUtleggstrekk.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = andre, ArbeidsgiverOrgnr = "974760673", Start = new DateOnly(2027, 1, 5), Beregning = Enslig, Kravklasse = "bidrag" });

        var oversikt = await fixture.SendAsync(new SkyldnerOversikt.Query(skyldnerId));

        oversikt.Saker.Count.ShouldBe(3);
        oversikt.Samordning.ShouldBe([tredje], "the third begjæring waits for an utleggsforretning and can be handled in one");
        oversikt.Trekk!.BelopPerManed.ShouldBe(6_276m);
        oversikt.Kravko.Select(k => (k.Plass, k.Saksnummer, k.Klasse, k.Utestaende, k.DekkesNesteManed)).ShouldBe(
        [
            (1, andre, Kravklasse.Bidrag, 10_950m, 6_276m),
            (2, forste, Kravklasse.AndreKrav, 10_950m, 0m),
        ]);
    }
}

public sealed class SamordningTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_begjaringer_against_one_debtor_are_handled_in_one_utleggsforretning_each_with_its_own_pant()
    {
        var forsteId = await TestData.SakAsync(fixture);
        var skyldnerId = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId).Select(s => s.SkyldnerId).SingleAsync());
        var andreId = await TestData.SakAsync(fixture, skyldnerId: skyldnerId);
        var annenSkyldner = await TestData.SakAsync(fixture);
        var nummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId || s.Id == andreId || s.Id == annenSkyldner).ToDictionaryAsync(s => s.Id, s => s.Saksnummer));
        foreach (var n in nummer.Values)
        {
            await fixture.SendAsync(new GjorHandling.Command { Saksnummer = n, Handling = Handling.GodtaBegjaring });
        }

        var wrong = await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = nummer[forsteId],
            Formuesgoder = [new("kjoretoy", "Bil", 60_000m, TaUtleggspant: true)],
            Samordnes = [nummer[annenSkyldner]],
        }));
        wrong.Message.ShouldBe($"Sak {nummer[annenSkyldner]} gjelder en annen skyldner eller venter ikke på utleggsforretning, og kan ikke samordnes med denne.");

        var result = await fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = nummer[forsteId],
            Formuesgoder = [new("kjoretoy", "Bil", 60_000m, TaUtleggspant: true)],
            Samordnes = [nummer[andreId]],
        });

        result.Samordnet.ShouldBe([nummer[andreId]]);
        var stadier = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forsteId || s.Id == andreId).Select(s => s.Stadium).ToListAsync());
        stadier.ShouldAllBe(s => s == Saksstadium.Utleggspant);
        (await fixture.QueryAsync(db => db.Registreringer.CountAsync(r => (r.SakId == forsteId || r.SakId == andreId) && r.Register != Register.Betalingsanmerkning))).ShouldBe(2);
        (await fixture.QueryAsync(db => db.Registreringer.CountAsync(r => (r.SakId == forsteId || r.SakId == andreId) && r.Register == Register.Betalingsanmerkning))).ShouldBe(2, "each case gets its own betalingsanmerkning");
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == andreId && h.Type == "TA_UTLEGGSPANT").Select(h => h.Beskrivelse).SingleAsync()))
            .ShouldContain($"Samordnet forretning for sakene {nummer[forsteId]}, {nummer[andreId]}.");
    }
}

public sealed class HusstandTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_debtors_household_is_stored_and_logged_on_each_open_case()
    {
        var sakId = await TestData.SakAsync(fixture);
        var skyldnerId = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId).Select(s => s.SkyldnerId).SingleAsync());

        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new RegistrerHusstand.Command { SkyldnerId = skyldnerId, NettoInntektPerManed = 30_000m, BarnAlder = "tre" })))
            .Errors.Single().ErrorMessage.ShouldBe("Skriv barnas alder som hele tall skilt med komma, for eksempel 3, 8.");
        await fixture.SendAsync(new RegistrerHusstand.Command { SkyldnerId = skyldnerId, NettoInntektPerManed = 38_000m, GiftEllerSamboer = true, PartnerHarEgenInntekt = true, BarnAlder = "8,3", Boutgifter = 14_000m });

        var husstand = await fixture.QueryAsync(db => db.Skyldnere.AsNoTracking().Where(s => s.Id == skyldnerId).Select(s => s.Husstand).SingleAsync());
        husstand.ShouldBe(new Domain.Parter.Husstandsopplysninger(38_000m, true, true, "8, 3", 14_000m, 0m, new DateOnly(2026, 11, 21)));
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == sakId && h.Type == "HUSSTAND_REGISTRERT"))).ShouldBe(1);
    }
}
