using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Saker;

/// <summary>Utsettelse, klage and claim reduction: the side paths of domain.md § 2.</summary>
public sealed class SidesporTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<string> GodtattSakAsync()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        return saksnummer;
    }

    private Task<Saksstadium> StadiumAsync(string saksnummer) =>
        fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync());

    [Fact]
    public async Task A_postponement_runs_to_a_date_and_the_case_resumes_where_it_stood()
    {
        var saksnummer = await GodtattSakAsync();

        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new UtsettSak.Command { Saksnummer = saksnummer, Til = new DateOnly(2026, 11, 21) })))
            .Errors.Single().ErrorMessage.ShouldBe("Utsettelsen må gjelde til en dato frem i tid.");
        var result = await fixture.SendAsync(new UtsettSak.Command { Saksnummer = saksnummer, Til = new DateOnly(2027, 1, 15), Begrunnelse = "Nedbetalingsavtale." });

        result.Til.ShouldBe(new DateOnly(2027, 1, 15));
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Utsatt);
        (await fixture.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT f.type || ' ' || f.dato::text AS \"Value\" FROM frister f JOIN saker s ON s.id = f.sak_id WHERE s.saksnummer = {saksnummer}").SingleAsync()))
            .ShouldBe("UTSATT_TIL 2027-01-15");
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Gjenoppta });
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Godtatt);
        // Resumed, the utsettelse's deadline is over: it no longer counts as open in the work list.
        (await fixture.QueryAsync(db => db.Frister.Where(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)).Select(f => new { f.Oppfylt, f.OppfyltDato }).SingleAsync()))
            .ShouldBe(new { Oppfylt = true, OppfyltDato = (DateOnly?)new DateOnly(2026, 11, 21) });
    }

    [Fact]
    public async Task A_postponement_is_bounded_and_a_long_one_must_be_confirmed()
    {
        var saksnummer = await GodtattSakAsync();

        var femAr = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new UtsettSak.Command { Saksnummer = saksnummer, Til = new DateOnly(2031, 11, 21) }));
        (femAr.Errors.Single().PropertyName, femAr.Errors.Single().ErrorMessage).ShouldBe(("Til", "En utsettelse kan gjelde høyst 12 måneder, til 21.11.2027. Be kreditor trekke begjæringen i stedet om saken skal hvile lenger."));
        var lang = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new UtsettSak.Command { Saksnummer = saksnummer, Til = new DateOnly(2027, 6, 1) }));
        (lang.Errors.Single().PropertyName, lang.Errors.Single().ErrorMessage).ShouldBe(("Bekreftet", "Utsettelsen til 01.06.2027 er lengre enn 3 måneder. Bekreft at kreditor har bedt om så lang utsettelse."));
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Godtatt);
        (await fixture.QueryAsync(db => db.Frister.CountAsync(f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer)))).ShouldBe(0);

        (await fixture.SendAsync(new UtsettSak.Command { Saksnummer = saksnummer, Til = new DateOnly(2027, 6, 1), Bekreftet = true })).Til.ShouldBe(new DateOnly(2027, 6, 1));
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Utsatt);
    }

    [Fact]
    public async Task A_complaint_on_intet_til_utlegg_within_a_month_is_timely_and_a_later_one_is_marked_late()
    {
        var saksnummer = await GodtattSakAsync();
        await fixture.SendAsync(new HoldUtleggsforretning.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Intet });

        fixture.Clock.Advance(TimeSpan.FromDays(40));
        var late = await fixture.SendAsync(new RegistrerKlage.Command { Saksnummer = saksnummer, Gjelder = Klagegjelder.IntetTilUtlegg, Mottatt = new DateOnly(2026, 12, 28), Innhold = "Skyldneren mener det finnes en bil." });
        fixture.Clock.AdjustTime(DatabaseFixture.Start);

        late.IRettTid.ShouldBeFalse();
        late.Frist.ShouldBe(new DateOnly(2026, 12, 21));
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Klagebehandling);
        var beskrivelse = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderByDescending(h => h.Id).Select(h => h.Beskrivelse).FirstAsync());
        beskrivelse.ShouldContain("Frist: 21.12.2026. FOR SENT.");

        await fixture.SendAsync(new OversendKlage.Command { Saksnummer = saksnummer });
        await fixture.SendAsync(new AvgjorKlage.Command { Saksnummer = saksnummer, Utfall = Klageutfall.Avvist, Avgjorelse = "Tingretten avviste klagen som for sent fremsatt." });
        var klage = await fixture.QueryAsync(db => db.Klager.AsNoTracking().SingleAsync(k => db.Saker.Any(s => s.Id == k.SakId && s.Saksnummer == saksnummer)));
        (klage.Gjelder, klage.Mottatt, klage.Frist, klage.IRettTid, klage.Avgjorelse).ShouldBe((Klagegjelder.IntetTilUtlegg, new DateOnly(2026, 12, 28), (DateOnly?)new DateOnly(2026, 12, 21), false, "Tingretten avviste klagen som for sent fremsatt."));
        klage.OversendtTingretten.ShouldNotBeNull();
        klage.Utfall.ShouldBe(Klageutfall.Avvist);
        klage.Avgjort.ShouldNotBeNull();
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.IntetTilUtlegg);
        var typer = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync());
        typer.TakeLast(3).ShouldBe(["REGISTRER_KLAGE", "KLAGE_OVERSENDT", "AVGJOR_KLAGE"]);
    }

    [Fact]
    public async Task A_complaint_on_an_utleggspant_has_no_fixed_deadline_before_the_sale_is_requested()
    {
        var saksnummer = await GodtattSakAsync();
        await fixture.SendAsync(new HoldUtleggsforretning.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, Formuesgoder = [new("kjoretoy", "Bil", 60_000m, TaUtleggspant: true)] });

        var klage = await fixture.SendAsync(new RegistrerKlage.Command { Saksnummer = saksnummer, Gjelder = Klagegjelder.Utleggspant, Mottatt = new DateOnly(2026, 11, 21), Innhold = "Bilen trengs til arbeid." });

        klage.IRettTid.ShouldBeTrue();
        klage.Frist.ShouldBeNull();
        klage.Regel.ShouldBe("Til tvangssalg er begjært.");
    }

    [Fact]
    public async Task The_caseworker_who_accepts_an_unassigned_case_takes_it_and_an_administrator_assigns_it_first()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        var godta = new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring };

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(godta, TestUser.Admin()))).Message
            .ShouldBe("Saken har ingen saksbehandler. Tildel den til en saksbehandler ved kontoret før den godtas, så den ikke blir liggende utenfor alle lister.");
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.BegjaringMottatt);

        var kari = await TestData.SaksbehandlerAsync(fixture, "OSLO", "Kari Nordmann");
        await fixture.SendAsync(godta, kari);

        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => new { s.Stadium, s.SaksbehandlerId }).SingleAsync()))
            .ShouldBe(new { Stadium = Saksstadium.Godtatt, SaksbehandlerId = kari.UserId });
        (await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Mine }, kari)).Saker.Select(s => s.Saksnummer).ShouldContain(saksnummer);
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync()))
            .ShouldBe(["BEGJARING_MOTTATT", "TILDELT", "GODTA_BEGJARING"]);
    }

    [Fact]
    public async Task A_henlagt_case_is_reopened_with_a_reason_and_counts_as_open_again()
    {
        var saksnummer = await GodtattSakAsync();
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "Skyldneren er utvandret." });
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Avsluttet).SingleAsync())).ShouldBe(new DateOnly(2026, 11, 21));

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Gjenapne })))
            .Message.ShouldBe("«Gjenåpne saken» krever en begrunnelse.");
        var result = await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Gjenapne, Begrunnelse = "Skyldneren er kommet tilbake til Norge." });

        result.Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Avsluttet).SingleAsync())).ShouldBeNull();
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderByDescending(h => h.Id).Select(h => new { h.Type, h.Beskrivelse }).FirstAsync()))
            .ShouldBe(new { Type = "GJENAPNE", Beskrivelse = "Gjenåpne saken: «Henlagt» → «Begjæring mottatt». Begrunnelse: Skyldneren er kommet tilbake til Norge." });
    }

    [Fact]
    public async Task A_complaint_can_only_concern_what_the_case_has_had()
    {
        var saksnummer = await GodtattSakAsync();
        await fixture.SendAsync(new HoldUtleggsforretning.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, Formuesgoder = [new("kjoretoy", "Bil", 60_000m, TaUtleggspant: true)] });
        var kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari");
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), kari)).Klagbare.ShouldBe([Klagegjelder.Utleggspant, Klagegjelder.ValgAvFormuesgode]);

        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new RegistrerKlage.Command { Saksnummer = saksnummer, Gjelder = Klagegjelder.Utleggstrekk, Mottatt = new DateOnly(2026, 11, 21), Innhold = "Trekket er for høyt." }));

        (feil.Errors.Single().PropertyName, feil.Errors.Single().ErrorMessage).ShouldBe(("Gjelder", "Saken har ikke noe utleggstrekk å klage på. Velg blant: utleggspant, valg av formuesgode."));
        (await StadiumAsync(saksnummer)).ShouldBe(Saksstadium.Utleggspant);
        (await fixture.QueryAsync(db => db.Klager.CountAsync(k => db.Saker.Any(s => s.Id == k.SakId && s.Saksnummer == saksnummer)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_claim_can_only_be_reduced_and_reducing_it_to_what_is_paid_closes_the_case()
    {
        var saksnummer = await GodtattSakAsync(); // 10 000 + 250 + 700
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 8_000m });

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new ReduserKrav.Command { Saksnummer = saksnummer, Hovedstol = 12_000m, Renter = 250m, Omkostninger = 700m })))
            .Message.ShouldBe("Kravet kan bare reduseres. Et høyere krav krever en ny begjæring.");
        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new ReduserKrav.Command { Saksnummer = saksnummer, Hovedstol = 7_000m, Renter = 0m, Omkostninger = 0m })))
            .Message.ShouldBe("Kravet kan ikke bli lavere enn det som allerede er betalt (8\u00A0000,00 kr).");

        var reduced = await fixture.SendAsync(new ReduserKrav.Command { Saksnummer = saksnummer, Hovedstol = 9_000m, Renter = 250m, Omkostninger = 700m });
        reduced.Utestaende.ShouldBe(1_950m);
        reduced.Stadium.ShouldBe(Saksstadium.Godtatt);

        var closed = await fixture.SendAsync(new ReduserKrav.Command { Saksnummer = saksnummer, Hovedstol = 7_300m, Renter = 0m, Omkostninger = 700m });
        closed.Stadium.ShouldBe(Saksstadium.Avsluttet);
        var audit = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer) && h.Type == "KRAV_REDUSERT").OrderBy(h => h.Id).Select(h => new { h.Tidligere, h.Etter }).ToListAsync());
        audit.Count.ShouldBe(2);
        audit[0].Tidligere.ShouldBe("{\"renter\": 250.00, \"hovedstol\": 10000.00, \"omkostninger\": 700.00}");
    }
}
