using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utlegg;

/// <summary>begjæring → varsel → utleggsforretning with pant → tvangssalg → fordeling approved by another supervisor → closed.</summary>
public sealed class UtleggsforlopTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Forretningsdag = new(2026, 11, 19); // varsel 5.11 + 14 days = Thursday 19.11; held on 21.11

    /// <summary>A case received and warned on 5 November, so its utleggsforretning may be held today (21 November, § 7-10).</summary>
    private async Task<string> SakMedVarselAsync()
    {
        using var _ = fixture.StillKlokken(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero));
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        await fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = Forretningsdag, Klokkeslett = "10:00", Sted = "Namsmannen i Oslo, Grønlandsleiret 44" });
        return saksnummer;
    }

    private static HoldUtleggsforretning.Command PantIBil(string saksnummer) => new()
    {
        Saksnummer = saksnummer,
        Utfall = HoldUtleggsforretning.Pant,
        Formuesgoder =
        [
            new("kjoretoy", "Volvo V70 2015, EL 12345", 85_000m, TaUtleggspant: true),
            new("innbo", "Vanlig innbo", 40_000m),
        ],
    };

    [Fact]
    public async Task The_whole_utlegg_journey_ends_with_an_approved_fordeling_and_a_closed_case()
    {
        var saksnummer = await SakMedVarselAsync();
        var frist = await fixture.QueryAsync(db => db.Frister.SingleAsync(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)));
        frist.Dato.ShouldBe(Forretningsdag);
        frist.Oppfylt.ShouldBeFalse();

        var forretning = await fixture.SendAsync(PantIBil(saksnummer));
        forretning.Stadium.ShouldBe(Saksstadium.Utleggspant);
        forretning.Vurderinger.Select(v => (v.Beskrivelse, v.Utfall.ToString(), v.Utleggspant)).ShouldBe(
        [
            ("Volvo V70 2015, EL 12345", "KanTasUtleggI", true),
            ("Vanlig innbo", "Beslagsfri", false),
        ]);
        var registrering = await fixture.QueryAsync(db => db.Registreringer.SingleAsync(r => r.Register != Register.Betalingsanmerkning && db.Saker.Any(s => s.Id == r.SakId && s.Saksnummer == saksnummer)));
        (registrering.Register, registrering.Registrert, registrering.Slettes).ShouldBe((Register.Losoreregisteret, new DateOnly(2026, 11, 21), (DateOnly?)new DateOnly(2031, 11, 21)));
        (await fixture.QueryAsync(db => db.Frister.AnyAsync(f => f.Id == frist.Id && f.Oppfylt))).ShouldBeTrue();

        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });
        var saksbehandler = new TestUser { UserId = "saksbehandler-1", Navn = "Kari Nordmann" };
        var salg = await fixture.SendAsync(new RegistrerSalg.Command
        {
            Saksnummer = saksnummer,
            Salgssum = 60_000m,
            Salgsomkostninger = 6_000m,
            SaksokerPrioritet = 2,
            AndreHeftelser = [new("Billån ASA", "pant", 1, 30_000m)],
        }, saksbehandler);
        // 60 000 − 4 640 (1 681 + 2 959) − 6 000 − 30 000 = 19 360 to the saksøker, whose 10 950 is covered; 8 410 to the debtor.
        salg.Linjer.Select(l => (l.Mottaker, l.Belop.Kroner)).ShouldBe(
        [
            ("rettsgebyr", 4_640m), ("salgsomkostninger", 6_000m), ("Billån ASA", 30_000m), ("Saksøker", 10_950m), ("skyldner", 8_410m),
        ]);

        var leder = TestUser.Leder("OSLO", "Ingrid Solheim", "leder-1"); // a supervisor belongs to an office; the test cases' debtors live in Oslo
        var godkjent = await fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, leder);

        godkjent.Stadium.ShouldBe(Saksstadium.Avsluttet);
        godkjent.TilSaksoker.ShouldBe(10_950m);
        var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer));
        sak.Innbetalt.ShouldBe(new Belop(10_950m));
        var fordeling = await fixture.QueryAsync(db => db.Fordelinger.Include(f => f.Linjer).AsNoTracking().SingleAsync(f => f.SakId == sak.Id));
        fordeling.Linjer.Sum(l => l.Belop).ShouldBe(60_000m);
        (fordeling.RegistrertAvId, fordeling.GodkjentAvId, fordeling.GodkjentAvNavn).ShouldBe(("saksbehandler-1", "leder-1", "Ingrid Solheim"));
        // Issue 20: the fordeling names the rate rows of its two court fees: R in force, and the two multiples for løsøre.
        var brukte = await fixture.QueryAsync(async db =>
        {
            var rader = await db.Satsrader.AsNoTracking().Where(r => r.Status == Namsmannen.Application.Data.Administrasjon.Satsradstatus.Gjeldende && r.ErstattetAv == null && r.Fra <= fordeling.Dato).ToListAsync();
            return new[] { "rettsgebyr", "gebyrmultiplikatorer.tvangssalg_losore_begjaering", "gebyrmultiplikatorer.tvangssalg_losore_gjennomfort" }
                .Select(tabell => rader.Where(r => r.Tabell == tabell).MaxBy(r => r.Fra)!.Id).ToList();
        });
        fordeling.Satsrader.ShouldBe(brukte);
        // The ledger shows the court fee and the sale's costs as the debtor's, paid by the sale (net zero), and the saksøker's share.
        var poster = await fixture.QueryAsync(db => db.Kontoposter.Where(p => p.SakId == sak.Id && p.Type != Domain.Penger.Posttype.Krav && p.Type != Domain.Penger.Posttype.Forsinkelsesrente)
            .OrderBy(p => p.Id).Select(p => new { p.Type, p.Komponent, p.Belop }).ToListAsync());
        poster.Where(p => p.Type != Domain.Penger.Posttype.Salg || p.Komponent is Domain.Penger.Komponent.Rettsgebyr).Select(p => (p.Type, p.Komponent, p.Belop.Kroner)).ShouldBe(
        [
            (Domain.Penger.Posttype.Rettsgebyr, Domain.Penger.Komponent.Rettsgebyr, 4_640m),
            (Domain.Penger.Posttype.Salg, Domain.Penger.Komponent.Rettsgebyr, -4_640m),
            (Domain.Penger.Posttype.Omkostninger, Domain.Penger.Komponent.Omkostninger, 6_000m),
        ]);
        poster.Sum(p => p.Belop.Kroner).ShouldBe(-10_950m, "the fee and the costs net to zero; the saksøker's 10 950 kr pays the claim");
        sak.Utestaende.ShouldBe(new Belop(0m));

        // Each line with money is a payout for the next distribution run (issue 16): the court fee posted to the state, the
        // saksøker's line to the case's creditor, the surplus to the debtor.
        var utbetalinger = await fixture.QueryAsync(db => db.Utbetalinger.Where(u => u.FordelingId == fordeling.Id).OrderBy(u => u.Grunnlag)
            .Select(u => new { u.Mottakertype, u.Mottaker, u.Belop, u.KreditorId, u.Status }).ToListAsync());
        utbetalinger.Select(u => (u.Mottakertype, u.Mottaker, u.Belop, u.KreditorId == sak.KreditorId, u.Status)).ShouldBe(
        [
            (Mottakertype.Staten, "Statskassen (rettsgebyr)", 4_640m, false, Utbetalingsstatus.Venter),
            (Mottakertype.Annen, "Salgsomkostninger", 6_000m, false, Utbetalingsstatus.Venter),
            (Mottakertype.Annen, "Billån ASA", 30_000m, false, Utbetalingsstatus.Venter),
            (Mottakertype.Kreditor, "Testkreditor AS", 10_950m, true, Utbetalingsstatus.Venter),
            (Mottakertype.Skyldner, "Ola Nordmann", 8_410m, false, Utbetalingsstatus.Venter),
        ]);
        var typer = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == sak.Id).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync());
        // The pant and its betalingsanmerkning are registered; the fordeling pays the claim in full, so both get a deletion notice (domain.md § 8).
        typer.ShouldBe(["BEGJARING_MOTTATT", "GODTA_BEGJARING", "SEND_VARSEL", "TA_UTLEGGSPANT", "REGISTRERT", "REGISTRERT", "BEGJAR_TVANGSSALG", "REGISTRER_SALG", "GODKJENN_FORDELING", "SLETTEMELDING", "SLETTEMELDING"]);

        // The supervisor's dashboard counts the approved distribution's 60 000 kr on the day of the fordeling, from the
        // summary tables exactly as a live GROUP BY does.
        var tall = await fixture.SendAsync(new Namsmannen.Application.Features.Leder.Ledertall.Query(), leder);
        var live = await fixture.SendAsync(new Namsmannen.Application.Features.Leder.Ledertall.Query { Kilde = Namsmannen.Application.Data.Statistikk.Sammendrag.Kilde.Live }, leder);
        tall.Nokkel.FordeltTotalt.ShouldBe(live.Nokkel.FordeltTotalt);
        tall.Nokkel.FordeltTotalt.ShouldBeGreaterThanOrEqualTo(60_000m);
        tall.Nokkel.FordeltPeriode.ShouldBe(live.Nokkel.FordeltPeriode);
    }

    [Fact]
    public async Task The_utleggsforretning_cannot_be_set_less_than_14_days_ahead_or_on_a_holiday()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });

        var tooSoon = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = new DateOnly(2026, 12, 4), Klokkeslett = "10:00", Sted = "Oslo" }));
        tooSoon.Errors.Single().ErrorMessage.ShouldBe("Utleggsforretningen kan tidligst holdes 07.12.2026, 14 dager etter varselet (flyttet forbi helg og helligdag).");
        var holiday = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = new DateOnly(2026, 12, 25), Klokkeslett = "10:00", Sted = "Oslo" }));
        holiday.Errors.Single().ErrorMessage.ShouldBe("25.12.2026 er ikke en virkedag. Velg en annen dato.");
        (await fixture.QueryAsync(db => db.Frister.CountAsync(f => f.SakId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task Pant_in_a_free_asset_needs_a_written_reason_and_nothing_is_stored_without_it()
    {
        var saksnummer = await SakMedVarselAsync();
        var command = new HoldUtleggsforretning.Command
        {
            Saksnummer = saksnummer,
            Formuesgoder = [new("kjoretoy", "Varebil for arbeid", 50_000m, NodvendigForArbeid: true, TaUtleggspant: true)],
        };

        var error = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(command));

        error.Errors.Single().PropertyName.ShouldBe("Formuesgoder[0].OverstyrBegrunnelse");
        error.Errors.Single().ErrorMessage.ShouldStartWith("«Varebil for arbeid» er beslagsfritt (Nødvendig, og verdien er under 2/3 G (91");
        (await fixture.QueryAsync(db => db.Formuesgoder.CountAsync(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)))).ShouldBe(0);

        var overridden = await fixture.SendAsync(command with { Formuesgoder = [command.Formuesgoder[0] with { OverstyrBegrunnelse = "Skyldneren har en annen bil til arbeidet." }] });
        overridden.Stadium.ShouldBe(Saksstadium.Utleggspant);
        (await fixture.QueryAsync(db => db.Formuesgoder.Where(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)).Select(f => f.OverstyrtBegrunnelse).SingleAsync()))
            .ShouldBe("Skyldneren har en annen bil til arbeidet.");
    }

    [Fact]
    public async Task Intet_til_utlegg_is_registered_for_three_years()
    {
        var saksnummer = await SakMedVarselAsync();

        var result = await fixture.SendAsync(new HoldUtleggsforretning.Command { Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Intet });

        result.Stadium.ShouldBe(Saksstadium.IntetTilUtlegg);
        result.Registreringer.Single(r => r.Register == Register.Losoreregisteret).Slettes.ShouldBe(new DateOnly(2029, 11, 21));
        result.Registreringer.Select(r => r.Register).ShouldBe([Register.Losoreregisteret, Register.Betalingsanmerkning], "a betalingsanmerkning follows even intet til utlegg (seed 003)");
    }

    [Fact]
    public async Task The_person_who_registered_the_sale_cannot_approve_it_and_only_a_supervisor_can()
    {
        var saksnummer = await SakMedVarselAsync();
        await fixture.SendAsync(PantIBil(saksnummer));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });
        var leder = TestUser.Leder("OSLO", id: "leder-2"); // a supervisor belongs to an office; the test cases' debtors live in Oslo
        await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 6_000m }, leder);

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, leder)))
            .Message.ShouldBe("Du registrerte salget selv. En annen leder må godkjenne fordelingen (to sett øyne).");
        var saksbehandler = new TestUser { UserId = "saksbehandler-2" };
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, saksbehandler)))
            .Message.ShouldBe("Bare en leder kan godkjenne en fordeling.");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Fordeling);
    }

    [Fact]
    public async Task A_sale_that_leaves_part_of_the_claim_unpaid_ends_the_pant_in_the_sold_asset_but_not_the_betalingsanmerkning()
    {
        var saksnummer = await SakMedVarselAsync();
        await fixture.SendAsync(PantIBil(saksnummer));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });
        // 12 000 − 4 640 (1 681 + 2 959) − 1 000 = 6 360 to the saksøker, who is owed 10 950: 4 590 still owed.
        await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 12_000m, Salgsomkostninger = 1_000m }, new TestUser { UserId = "saksbehandler-3" });

        var godkjent = await fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, TestUser.Leder("OSLO", id: "leder-3"));

        godkjent.TilSaksoker.ShouldBe(6_360m);
        var oppforinger = await fixture.QueryAsync(db => db.Registreringer.Where(r => db.Saker.Any(s => s.Id == r.SakId && s.Saksnummer == saksnummer)).OrderBy(r => r.Register)
            .Select(r => new { r.Register, r.SlettemeldingSendt }).ToListAsync());
        oppforinger.ShouldBe([
            new { Register = Register.Betalingsanmerkning, SlettemeldingSendt = (DateOnly?)null },
            new { Register = Register.Losoreregisteret, SlettemeldingSendt = (DateOnly?)new DateOnly(2026, 11, 21) },
        ]);
        var kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari");
        var detaljer = await fixture.SendAsync(new SakDetaljer.Query(saksnummer), kari);
        (detaljer.Stadium, detaljer.Utestaende).ShouldBe((Saksstadium.Avsluttet, 4_590m));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync()))
            .TakeLast(2).ShouldBe(["GODKJENN_FORDELING", "SLETTEMELDING"]);
    }

    [Fact]
    public async Task A_supervisor_sends_a_wrong_fordeling_back_with_the_reason_and_the_sale_is_registered_again()
    {
        var saksnummer = await SakMedVarselAsync();
        await fixture.SendAsync(PantIBil(saksnummer));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });
        var saksbehandler = new TestUser { UserId = "saksbehandler-4" };
        await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 6_000m }, saksbehandler);
        var leder = TestUser.Leder("OSLO", "Ingrid Solheim", "leder-4");

        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new SendFordelingTilbake.Command { Saksnummer = saksnummer }, leder)))
            .Errors.Single().ErrorMessage.ShouldBe("Skriv hva som må rettes i fordelingen.");
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new SendFordelingTilbake.Command { Saksnummer = saksnummer, Begrunnelse = "Feil." }, saksbehandler)))
            .Message.ShouldBe("Bare en leder kan godkjenne en fordeling.");
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), leder)).KanAvgjoreFordeling.ShouldBeTrue();

        var tilbake = await fixture.SendAsync(new SendFordelingTilbake.Command { Saksnummer = saksnummer, Begrunnelse = "Salgsomkostningene er 4 000 kr, ikke 6 000." }, leder);

        tilbake.Stadium.ShouldBe(Saksstadium.Tvangssalg);
        var detaljer = await fixture.SendAsync(new SakDetaljer.Query(saksnummer), leder);
        detaljer.Fordeling.ShouldBeNull();
        (detaljer.FordelingSendtTilbake!.Av, detaljer.FordelingSendtTilbake.Begrunnelse).ShouldBe(("Ingrid Solheim", "Salgsomkostningene er 4 000 kr, ikke 6 000."));
        detaljer.KanAvgjoreFordeling.ShouldBeFalse();
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderByDescending(h => h.Id).Select(h => new { h.Type, h.Beskrivelse }).FirstAsync()))
            .Type.ShouldBe("SEND_FORDELING_TILBAKE");

        await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 4_000m }, saksbehandler);
        var godkjent = await fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, leder);
        godkjent.Stadium.ShouldBe(Saksstadium.Avsluttet);
        (await fixture.QueryAsync(db => db.Fordelinger.Where(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)).OrderBy(f => f.Salgsomkostninger)
            .Select(f => new { f.Salgsomkostninger, Sendt = f.Returnert != null, Godkjent = f.Godkjent != null }).ToListAsync()))
            .ShouldBe([new { Salgsomkostninger = new Belop(4_000m), Sendt = false, Godkjent = true }, new { Salgsomkostninger = new Belop(6_000m), Sendt = true, Godkjent = false }]);
    }

    [Fact]
    public async Task When_the_offices_only_supervisor_registered_the_sale_an_administrator_approves_it()
    {
        var saksnummer = await SakMedVarselAsync();
        await fixture.SendAsync(PantIBil(saksnummer));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });
        var eneLeder = TestUser.Leder("OSLO", "Eneste Leder", "leder-5");
        await fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 6_000m }, eneLeder);

        var admin = TestUser.Admin("Anne Admin") with { UserId = "admin-5" };
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), admin)).KanAvgjoreFordeling.ShouldBeTrue();
        var godkjent = await fixture.SendAsync(new GodkjennFordeling.Command { Saksnummer = saksnummer }, admin);

        godkjent.Stadium.ShouldBe(Saksstadium.Avsluttet);
        (await fixture.QueryAsync(db => db.Fordelinger.Where(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)).Select(f => f.GodkjentAvNavn).SingleAsync()))
            .ShouldBe("Anne Admin");
    }

    [Fact]
    public async Task A_sale_that_does_not_cover_its_costs_is_refused()
    {
        var saksnummer = await SakMedVarselAsync();
        await fixture.SendAsync(PantIBil(saksnummer));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });

        var error = await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 8_000m, Salgsomkostninger = 4_000m }));

        error.Message.ShouldBe("Salgssummen overstiger ikke rettsgebyr og salgsomkostninger (8\u00A0640,00 kr). Avslutt uten salg i stedet.");
        (await fixture.QueryAsync(db => db.Fordelinger.CountAsync(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)))).ShouldBe(0);
    }
}

public sealed class TilbakeleveringTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_debt_is_written_down_by_value_less_fee_and_costs_and_the_rest_is_still_owed()
    {
        var id = await TestData.SakAsync(fixture, type: Begjaringstype.Tilbakelevering); // claim 10 950
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.StartTilbakelevering });

        // 8 000 − 1 681 (1,25 × 1 345) − 500 = 5 819 written down; 10 950 − 5 819 = 5 131 still owed.
        var result = await fixture.SendAsync(new GjennomforTilbakelevering.Command { Saksnummer = saksnummer, Verdi = 8_000m, Omkostninger = 500m });

        (result.Rettsgebyr, result.Nedskrivning, result.GjenstaendeKrav, result.Klagefrist).ShouldBe((1_681m, 5_819m, 5_131m, new DateOnly(2026, 12, 21)));
        var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == id));
        (sak.Stadium, sak.Innbetalt, sak.Utestaende).ShouldBe((Saksstadium.Avsluttet, new Belop(5_819m), new Belop(5_131m)));
        (await fixture.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT type AS \"Value\" FROM frister WHERE sak_id = {id}").SingleAsync())).ShouldBe("KLAGEFRIST");
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync()))
            .ShouldBe(["BEGJARING_MOTTATT", "GODTA_BEGJARING", "START_TILBAKELEVERING", "GJENNOMFOR_TILBAKELEVERING", "TILBAKELEVERING_VERDSATT"]);
        // Issue 20: the audit line names the rate rows of the fee, R in force and the multiple for tilbakelevering.
        var brukte = await fixture.QueryAsync(async db =>
        {
            var rader = await db.Satsrader.AsNoTracking().Where(r => r.Status == Namsmannen.Application.Data.Administrasjon.Satsradstatus.Gjeldende && r.ErstattetAv == null && r.Fra <= sak.Mottatt).ToListAsync();
            return new[] { "rettsgebyr", "gebyrmultiplikatorer.tilbakelevering" }.Select(tabell => rader.Where(r => r.Tabell == tabell).MaxBy(r => r.Fra)!.Id).ToList();
        });
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "TILBAKELEVERING_VERDSATT").Select(h => h.Etter).SingleAsync()))
            .ShouldBe($"{{\"satsrader\": [{brukte[0]}, {brukte[1]}]}}");
    }

    [Fact]
    public async Task Tilbakelevering_is_only_for_a_tilbakelevering_begjaring()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.StartTilbakelevering })))
            .Message.ShouldBe("«Start tilbakelevering» er ikke mulig når saken har stadium «Godtatt, venter på varsel».");
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjennomforTilbakelevering.Command { Saksnummer = saksnummer, Verdi = 1_000m })))
            .Message.ShouldBe("«Gjennomfør tilbakeleveringen» er ikke mulig når saken har stadium «Godtatt, venter på varsel».");
    }
}
