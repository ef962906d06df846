using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Lovrettinger;

/// <summary>Issue 11: registers follow the money, a borettslagsandel goes to the grunnbok, and the bank deposit uses the household.</summary>
public sealed class RegistreneFolgerPengeneTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Kari = new() { Navn = "Kari Nordmann" };

    private async Task<(Guid Id, string Saksnummer)> GodtattSakAsync()
    {
        var id = await TestData.SakAsync(fixture); // claim 10 000 + 250 + 700 = 10 950
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Kari);
        return (id, saksnummer);
    }

    private static HoldUtleggsforretning.Command Pant(string saksnummer, string type, string beskrivelse) => new()
    {
        Saksnummer = saksnummer,
        Utfall = HoldUtleggsforretning.Pant,
        Formuesgoder = [new(type, beskrivelse, 85_000m, TaUtleggspant: true)],
        UtenVarsel = TestData.UtenVarsel,
    };

    [Fact]
    public async Task A_payment_in_full_asks_every_register_to_delete_the_same_day_and_a_part_payment_does_not()
    {
        var (id, saksnummer) = await GodtattSakAsync();
        await fixture.SendAsync(Pant(saksnummer, "kjoretoy", "Volvo V70 2015"), Kari);

        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 950m }, Kari);
        (await fixture.QueryAsync(db => db.Registreringer.CountAsync(r => r.SakId == id && r.SlettemeldingSendt != null))).ShouldBe(0);

        // Before the correction nothing was ever deleted: the entries kept their 5-year date after the debt was paid.
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 10_000m }, Kari);

        var oppforinger = await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == id).OrderBy(r => r.Register == Register.Betalingsanmerkning).ThenBy(r => r.Id).Select(r => new { r.Register, r.SlettemeldingSendt }).ToListAsync());
        oppforinger.ShouldBe(
        [
            new { Register = Register.Losoreregisteret, SlettemeldingSendt = (DateOnly?)new DateOnly(2026, 11, 21) },
            new { Register = Register.Betalingsanmerkning, SlettemeldingSendt = (DateOnly?)new DateOnly(2026, 11, 21) },
        ]);
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "SLETTEMELDING").OrderBy(h => h.Id).Select(h => h.Beskrivelse).ToListAsync())).ShouldBe(
        [
            "Slettemelding til Løsøreregisteret (UtleggspantAnnet) er bestilt 21.11.2026.",
            "Slettemelding til Betalingsanmerkning (Betalingsanmerkning) er bestilt 21.11.2026.",
        ]);

        var side = await fixture.SendAsync(new SakDetaljer.Query(saksnummer), Kari);
        side.Registreringer.Select(r => (r.Register, r.Utfall, r.SlettemeldingSendt)).ShouldBe(
        [
            ("Løsøreregisteret", "Utleggspant", (DateOnly?)new DateOnly(2026, 11, 21)),
            ("Betalingsanmerkning", "Betalingsanmerkning", (DateOnly?)new DateOnly(2026, 11, 21)),
        ]);
    }

    [Fact]
    public async Task A_borettslagsandel_is_registered_in_the_grunnbok_which_the_creditor_deletes_when_the_case_is_henlagt()
    {
        var (id, saksnummer) = await GodtattSakAsync();

        var forretning = await fixture.SendAsync(Pant(saksnummer, "borettslagsandel", "Andel 12 i Solbakken borettslag"), Kari);

        // Before the correction a borettslagsandel could only be entered as «annet» and went to Løsøreregisteret for 5 years.
        forretning.Registreringer.Select(r => (r.Register, r.Slettes)).ShouldBe([(Register.Grunnboken, (DateOnly?)null), (Register.Betalingsanmerkning, (DateOnly?)null)]);
        (await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == id && r.Register == Register.Grunnboken).Select(r => r.Utfall).SingleAsync())).ShouldBe(Registerutfall.UtleggspantBorettslag);

        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "Kreditor har ikke svart." }, Kari);

        var oppforinger = await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == id).OrderBy(r => r.Register == Register.Betalingsanmerkning).ThenBy(r => r.Id).Select(r => new { r.Register, r.SlettemeldingSendt }).ToListAsync());
        oppforinger.ShouldBe(
        [
            new { Register = Register.Grunnboken, SlettemeldingSendt = (DateOnly?)null },
            new { Register = Register.Betalingsanmerkning, SlettemeldingSendt = (DateOnly?)new DateOnly(2026, 11, 21) },
        ]);
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == id && h.Type == "SLETTEMELDING" && h.Beskrivelse.Contains("står til kreditor sender slettemelding")))).ShouldBe(1);
    }

    [Fact]
    public async Task The_bank_deposit_at_the_utleggsforretning_uses_the_registered_household_and_is_refused_without_it()
    {
        var (id, saksnummer) = await GodtattSakAsync();
        var innskudd = new HoldUtleggsforretning.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("bankinnskudd", "Brukskonto i DNB", 60_000m, TaUtleggspant: true)],
        };

        var uten = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(innskudd, Kari));
        uten.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Formuesgoder[0].Type", Beslagsfrihet.HusstandUkjent)]);

        var skyldnerId = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.SkyldnerId).SingleAsync());
        await fixture.SendAsync(new RegistrerHusstand.Command { SkyldnerId = skyldnerId, NettoInntektPerManed = 40_000m, GiftEllerSamboer = true, PartnerHarEgenInntekt = false, BarnAlder = "3, 8" }, Kari);

        var result = await fixture.SendAsync(innskudd, Kari);

        // 2024-07-01 rates (the newest, flagged as stale): supports spouse 18 164 + 3 432 × 0,8 + 4 553 = 25 462,60 a month;
        // two months 50 925,20 are free and 9 074,80 can be taken. With the single rate (as before) 21 448 was free.
        var vurdert = result.Vurderinger.ShouldHaveSingleItem();
        (vurdert.Utfall, vurdert.BeslagsfrittBelop).ShouldBe((Beslagsutfall.DelvisBeslagsfri, 50_925.20m));
        vurdert.Begrunnelse.ShouldBe("50\u00a0925,20 kr er beslagsfritt som to måneders livsopphold for husstanden; 9\u00a0074,80 kr kan tas utlegg i.");
    }
}

/// <summary>Issue 11: each fee uses the R of its own day, not of the day it is registered.</summary>
public sealed class GebyrPaSinEgenDagTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<string> SakMottattAsync(Begjaringstype type, DateTimeOffset mottatt)
    {
        fixture.Clock.AdjustTime(mottatt);
        var id = await TestData.SakAsync(fixture, type: type);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        return saksnummer;
    }

    [Fact]
    public async Task A_sale_takes_the_begjaring_fee_at_the_R_of_the_day_tvangssalg_was_requested_and_the_sale_fee_at_the_R_of_the_sale()
    {
        var saksnummer = await SakMottattAsync(Begjaringstype.Utlegg, new DateTimeOffset(2025, 12, 19, 9, 0, 0, TimeSpan.Zero));
        await fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("kjoretoy", "Volvo V70 2015", 85_000m, TaUtleggspant: true)],
        });
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });

        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var salg = await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 50_000m, Salgsomkostninger = 2_000m });

        // Requested 19.12.2025 (R 1 314): 1,25 × 1 314 = 1 642,50 → 1 642. Sold 12.01.2026 (R 1 345): 2,2 × 1 345 = 2 959.
        // Before the correction both used the day of registration: 1 681 + 2 959 = 4 640.
        salg.Linjer[0].ShouldBe(new FordelingsLinje("rettsgebyr", new Domain.Penger.Belop(4_601m), Domain.Penger.Belop.Null));
        (await fixture.QueryAsync(db => db.Fordelinger.Where(f => f.Id == salg.FordelingId).Select(f => f.Rettsgebyr).SingleAsync())).ShouldBe(new Belop(4_601m));
    }

    [Fact]
    public async Task A_tilbakelevering_takes_the_fee_at_the_R_of_the_day_the_begjaring_was_received_and_takes_a_klage_after_it_is_closed()
    {
        var saksnummer = await SakMottattAsync(Begjaringstype.Tilbakelevering, new DateTimeOffset(2025, 12, 19, 9, 0, 0, TimeSpan.Zero));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.StartTilbakelevering });

        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var result = await fixture.SendAsync(new GjennomforTilbakelevering.Command { Saksnummer = saksnummer, Verdi = 8_000m, Omkostninger = 500m });

        // 1,25 × 1 314 (R of 19.12.2025) = 1 642,50 → 1 642 (it was 1 681 with the R of 2026); 8 000 − 1 642 − 500 = 5 858.
        (result.Rettsgebyr, result.Nedskrivning).ShouldBe((1_642m, 5_858m));
        // The ledger shows the fee and the costs as the debtor's, paid by the asset's value, and the write-down of the claim.
        var poster = await fixture.QueryAsync(db => db.Kontoposter.Where(p => db.Saker.Any(s => s.Id == p.SakId && s.Saksnummer == saksnummer) && p.Type != Domain.Penger.Posttype.Krav && p.Type != Domain.Penger.Posttype.Forsinkelsesrente)
            .OrderBy(p => p.Id).Select(p => new { p.Type, p.Komponent, p.Belop }).ToListAsync());
        poster.Where(p => p.Komponent is Domain.Penger.Komponent.Rettsgebyr).Select(p => (p.Type, p.Belop.Kroner)).ShouldBe(
            [(Domain.Penger.Posttype.Rettsgebyr, 1_642m), (Domain.Penger.Posttype.Tilbakelevering, -1_642m)]);
        poster.Sum(p => p.Belop.Kroner).ShouldBe(-5_858m, "the fee and the costs net to zero; the claim is written down by 5 858 kr");

        // The letter reached the debtor 15.01; a klage on 13.02 is inside the month (frist Monday 16.02, as 15.02 is a Sunday).
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.Zero));
        var forLiteAvvik = await Should.ThrowAsync<Domain.DomainException>(() => fixture.SendAsync(new RegistrerKlage.Command
        {
            Saksnummer = saksnummer,
            Gjelder = Klagegjelder.Tilbakelevering,
            Mottatt = new DateOnly(2026, 2, 13),
            BrevMottatt = new DateOnly(2026, 1, 15),
            PastattVerdi = 25_000m,
            Innhold = "Verdt mer.",
        }));
        forLiteAvvik.Message.ShouldStartWith("Verdsettelsen (8\u00a0000,00 kr) kan bare påklages når avviket er mer enn 20\u00a0000,00 kr.");

        var klage = await fixture.SendAsync(new RegistrerKlage.Command
        {
            Saksnummer = saksnummer,
            Gjelder = Klagegjelder.Tilbakelevering,
            Mottatt = new DateOnly(2026, 2, 13),
            BrevMottatt = new DateOnly(2026, 1, 15),
            PastattVerdi = 30_000m,
            Innhold = "Bilen var verdt 30 000 kr.",
        });

        (klage.IRettTid, klage.Frist).ShouldBe((true, (DateOnly?)new DateOnly(2026, 2, 16)));
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Klagebehandling);
    }
}
