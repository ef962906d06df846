using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utlegg;

/// <summary>
/// The varsel cannot be bypassed (issue 15): an utleggsforretning waits for the day the varsel gave, or needs the
/// caseworker's written § 7-10 reason; it is recorded on the day it was actually held; a varsel's day is bounded.
/// </summary>
public sealed class VarselTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Varslet = new(2026, 12, 7); // 21.11 + 14 days = Saturday 5.12 → Monday 7.12

    private static HoldUtleggsforretning.Command Intet(string saksnummer, string? utenVarsel = null) =>
        new() { Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Intet, UtenVarsel = utenVarsel };

    private async Task<string> GodtattAsync()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        return saksnummer;
    }

    private async Task<string> VarsletAsync()
    {
        var saksnummer = await GodtattAsync();
        await fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = Varslet, Klokkeslett = "10:00", Sted = "Namsmannen i Oslo" });
        return saksnummer;
    }

    private Task<(Saksstadium Stadium, int Registreringer, bool Oppfylt, DateOnly? OppfyltDato)> TilstandAsync(string saksnummer) =>
        fixture.QueryAsync(async db =>
        {
            var sak = await db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer);
            var frist = await db.Frister.AsNoTracking().SingleAsync(f => f.SakId == sak.Id);
            return (sak.Stadium, await db.Registreringer.CountAsync(r => r.SakId == sak.Id), frist.Oppfylt, frist.OppfyltDato);
        });

    [Fact]
    public async Task An_utleggsforretning_before_the_varsels_day_is_refused_and_changes_nothing()
    {
        var saksnummer = await VarsletAsync();

        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Intet(saksnummer)));

        (feil.Errors.Single().PropertyName, feil.Errors.Single().ErrorMessage).ShouldBe(("UtenVarsel",
            "Utleggsforretningen er varslet til 07.12.2026 og kan ikke holdes før. Skriv hvorfor den ikke kan vente om et varsel ville forspille formålet (§ 7-10)."));
        (await TilstandAsync(saksnummer)).ShouldBe((Saksstadium.VarselSendt, 0, false, (DateOnly?)null));
        var trekk = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new TaUtleggstrekk.Command
        {
            Saksnummer = saksnummer,
            ArbeidsgiverOrgnr = "974760673",
            Start = new DateOnly(2027, 1, 5),
            Beregning = new() { Dato = new DateOnly(2026, 11, 21), NettoInntektPerManed = 22_000m, Sivilstand = BeregnUtleggstrekk.Enslig },
        }));
        trekk.Errors.Single().PropertyName.ShouldBe("UtenVarsel");
        (await TilstandAsync(saksnummer)).ShouldBe((Saksstadium.VarselSendt, 0, false, (DateOnly?)null));
    }

    [Fact]
    public async Task On_the_varsels_day_it_is_held_and_recorded_on_the_day_it_was_held()
    {
        var saksnummer = await VarsletAsync();
        using var _ = fixture.StillKlokken(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero));

        var result = await fixture.SendAsync(Intet(saksnummer));

        result.Stadium.ShouldBe(Saksstadium.IntetTilUtlegg);
        (await TilstandAsync(saksnummer)).ShouldBe((Saksstadium.IntetTilUtlegg, 2, true, (DateOnly?)new DateOnly(2026, 12, 9)));
        result.Registreringer.Select(r => r.Registrert).Distinct().ShouldBe([new DateOnly(2026, 12, 9)], "the register entries carry the day it was held, as the deadline does");
        var detaljer = await fixture.SendAsync(new SakDetaljer.Query(saksnummer), TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari"));
        detaljer.Frister.Single().Status.ShouldBe("(holdt 09.12.2026)");
        detaljer.UtleggsforretningKreverUnntak.ShouldBeNull();
    }

    [Fact]
    public async Task Before_the_day_or_without_a_varsel_it_needs_the_caseworkers_written_reason()
    {
        var varslet = await VarsletAsync();
        var detaljer = await fixture.SendAsync(new SakDetaljer.Query(varslet), TestUser.Saksbehandler("OSLO", "Kari Nordmann", "kari"));
        detaljer.UtleggsforretningKreverUnntak.ShouldStartWith("Utleggsforretningen er varslet til 07.12.2026");

        await fixture.SendAsync(Intet(varslet, "Skyldneren flytter til utlandet 1. desember."));

        (await TilstandAsync(varslet)).ShouldBe((Saksstadium.IntetTilUtlegg, 2, true, (DateOnly?)new DateOnly(2026, 11, 21)));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == varslet) && h.Type == "KONKLUDER_INTET_TIL_UTLEGG").Select(h => h.Beskrivelse).SingleAsync()))
            .ShouldContain("Holdt uten varsel eller før varslet dato: Skyldneren flytter til utlandet 1. desember.");

        var godtatt = await GodtattAsync();
        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Intet(godtatt)));
        (feil.Errors.Single().PropertyName, feil.Errors.Single().ErrorMessage).ShouldBe(("UtenVarsel",
            "Skyldneren har ikke fått varsel om utleggsforretningen. Send varsel først, eller skriv hvorfor et varsel ville forspille formålet (§ 7-10)."));
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == godtatt).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Godtatt);
        (await fixture.SendAsync(Intet(godtatt, TestData.UtenVarsel))).Stadium.ShouldBe(Saksstadium.IntetTilUtlegg);
    }

    [Fact]
    public async Task A_passed_varsel_day_counts_as_an_overdue_deadline_for_the_caseworker_on_the_dashboard()
    {
        var kari = await TestData.SaksbehandlerAsync(fixture, "OSLO", "Kari Frist");
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, kari);
        await fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = Varslet, Klokkeslett = "10:00", Sted = "Namsmannen i Oslo" }, kari);
        var leder = TestUser.Leder("OSLO", "Ingrid Solheim", "leder-frist");

        var for_ = await fixture.SendAsync(new Namsmannen.Application.Features.Leder.Ledertall.Query { Kilde = Namsmannen.Application.Data.Statistikk.Sammendrag.Kilde.Live }, leder);
        using var _ = fixture.StillKlokken(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero));
        var etter = await fixture.SendAsync(new Namsmannen.Application.Features.Leder.Ledertall.Query { Kilde = Namsmannen.Application.Data.Statistikk.Sammendrag.Kilde.Live }, leder);

        for_.Saksbehandlere.Single(s => s.Id == kari.UserId).FristerPassert.ShouldBe(0);
        etter.Saksbehandlere.Single(s => s.Id == kari.UserId).FristerPassert.ShouldBe(1, "the utleggsforretning of 07.12 was not held by 09.12");
    }

    [Fact]
    public async Task A_varsel_cannot_fix_a_day_more_than_three_months_ahead()
    {
        var saksnummer = await GodtattAsync();

        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = new DateOnly(2030, 1, 7), Klokkeslett = "10:00", Sted = "Oslo" }));

        (feil.Errors.Single().PropertyName, feil.Errors.Single().ErrorMessage).ShouldBe(("Dato", "Utleggsforretningen må holdes innen 3 måneder etter varselet, senest 21.02.2027."));
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Godtatt);
        (await fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = new DateOnly(2027, 2, 19), Klokkeslett = "10:00", Sted = "Oslo" })).Dato.ShouldBe(new DateOnly(2027, 2, 19));
    }
}
