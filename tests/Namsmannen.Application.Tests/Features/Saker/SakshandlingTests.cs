using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Saker;

public sealed class SakshandlingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<string> NySakAsync()
    {
        var id = await TestData.SakAsync(fixture);
        return await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
    }

    /// <summary>The case's audit lines after its receipt, which the journal wrote first when the case was received.</summary>
    private async Task<List<Namsmannen.Application.Data.SaksHendelse>> HendelserAsync(string saksnummer)
    {
        var alle = await fixture.QueryAsync(db =>
            db.SaksHendelser.AsNoTracking().Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderBy(h => h.Id).ToListAsync());
        alle[0].Type.ShouldBe("BEGJARING_MOTTATT");
        return alle.Skip(1).ToList();
    }

    [Fact]
    public async Task Accepting_a_begjaring_moves_the_case_and_writes_who_did_it_to_the_audit_log()
    {
        var kari = new TestUser { Navn = "Kari Nordmann" };
        var saksnummer = await NySakAsync();

        var result = await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, kari);

        result.Stadium.ShouldBe(Saksstadium.Godtatt);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Godtatt);
        var hendelse = (await HendelserAsync(saksnummer)).Single();
        hendelse.Type.ShouldBe("GODTA_BEGJARING");
        hendelse.UtfortAvNavn.ShouldBe("Kari Nordmann");
        hendelse.Beskrivelse.ShouldBe("Godta begjæringen: «Begjæring mottatt» → «Godtatt, venter på varsel».");
        hendelse.Tidligere.ShouldBe("{\"stadium\": \"BegjaringMottatt\"}");
        hendelse.Etter.ShouldBe("{\"stadium\": \"Godtatt\"}");
        hendelse.Tidspunkt.ShouldBe(fixture.Clock.GetUtcNow());
    }

    [Fact]
    public async Task An_action_the_stage_does_not_allow_changes_nothing_and_logs_nothing()
    {
        var saksnummer = await NySakAsync();

        var error = await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Avslutt }));

        error.Message.ShouldBe("«Avslutt saken» er ikke mulig når saken har stadium «Begjæring mottatt».");
        (await HendelserAsync(saksnummer)).ShouldBeEmpty();
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.BegjaringMottatt);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_data_actions_are_refused_by_this_command()
    {
        var saksnummer = await NySakAsync();

        (await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.AvvisBegjaring })))
            .Message.ShouldBe("«Avvis begjæringen» krever en begrunnelse.");
        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.TaUtleggspant })))
            .Errors.Single().ErrorMessage.ShouldBe("Denne handlingen registreres i sitt eget skjema.");
        (await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = "26-999999", Handling = Handling.GodtaBegjaring })))
            .Message.ShouldBe("Fant ingen sak med saksnummer 26-999999.");

        var avvist = await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.AvvisBegjaring, Begrunnelse = "Mangler kopi av varsel." });
        avvist.Stadium.ShouldBe(Saksstadium.Avvist);
        (await HendelserAsync(saksnummer)).Single().Beskrivelse.ShouldEndWith("Begrunnelse: Mangler kopi av varsel.");
    }

    [Fact]
    public async Task A_full_payment_closes_the_case_in_the_same_transaction_as_the_payment()
    {
        var saksnummer = await NySakAsync(); // krav 10 000 + 250 + 700 = 10 950
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });

        var partial = await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 950.50m });
        partial.Utestaende.ShouldBe(9_999.50m);
        partial.Stadium.ShouldBe(Saksstadium.Godtatt);

        var full = await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 9_999.50m });
        full.Stadium.ShouldBe(Saksstadium.Avsluttet);
        full.Utestaende.ShouldBe(0m);

        var stored = await fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer));
        stored.Innbetalt.ShouldBe(new Belop(10_950m));
        (await fixture.QueryAsync(db => db.Betalinger.Where(b => b.SakId == stored.Id).OrderBy(b => b.Id).Select(b => b.Belop).ToListAsync())).ShouldBe([new Belop(950.50m), new Belop(9_999.50m)]);
        stored.Stadium.ShouldBe(Saksstadium.Avsluttet);
        (await HendelserAsync(saksnummer)).Select(h => h.Type).ShouldBe(["GODTA_BEGJARING", "BETALING_REGISTRERT", "BETALING_REGISTRERT", "REGISTRER_FULL_BETALING"]);

        var tooLate = await Should.ThrowAsync<DomainException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "x" }));
        tooLate.Message.ShouldBe("«Henlegg saken» er ikke mulig når saken har stadium «Avsluttet».");
    }

    [Fact]
    public async Task A_payment_larger_than_the_debt_closes_the_case_and_the_rest_is_owed_back_and_a_bad_amount_books_nothing()
    {
        var saksnummer = await NySakAsync();

        var result = await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 11_000m });

        result.Stadium.ShouldBe(Saksstadium.Avsluttet);
        var sak = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => new { s.Innbetalt, s.Overbetalt }).SingleAsync());
        sak.ShouldBe(new { Innbetalt = new Belop(10_950m), Overbetalt = new Belop(50m) }, "the claim is covered and 50 kr is owed back to the payer");
        var poster = await fixture.QueryAsync(db => db.Kontoposter.Where(p => db.Saker.Any(s => s.Id == p.SakId && s.Saksnummer == saksnummer)).OrderBy(p => p.Id).Select(p => new { p.Type, p.Komponent, p.Belop }).ToListAsync());
        poster.Select(p => (p.Type, p.Komponent, p.Belop.Kroner)).ShouldBe(
        [
            (Posttype.Krav, Komponent.Hovedstol, 10_000m), (Posttype.Krav, Komponent.Renter, 250m), (Posttype.Krav, Komponent.Omkostninger, 700m),
            (Posttype.Betaling, Komponent.Omkostninger, -700m), (Posttype.Betaling, Komponent.Renter, -250m), (Posttype.Betaling, Komponent.Hovedstol, -10_000m),
        ]);

        var annen = await NySakAsync();
        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = annen, Belop = 0m })))
            .Errors.Single().ErrorMessage.ShouldBe("Beløpet må være større enn 0 kr.");
        (await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = annen, Belop = 0.001m })))
            .Errors.Single().ErrorMessage.ShouldBe("Oppgi beløpet i hele øre (høyst to desimaler).");
        (await HendelserAsync(annen)).ShouldBeEmpty();
        (await fixture.QueryAsync(db => db.Kontoposter.CountAsync(p => db.Saker.Any(s => s.Id == p.SakId && s.Saksnummer == annen)))).ShouldBe(3, "only the claim's opening entries");
    }

    [Fact]
    public async Task Of_two_parallel_commands_on_one_case_exactly_one_wins_and_the_other_is_told_who_changed_it()
    {
        var jonas = new TestUser { Navn = "Jonas Berg" };
        var saksnummer = await NySakAsync();
        var versjon = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Versjon).SingleAsync());

        var attempts = await Task.WhenAll(
            Attempt(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring, Versjon = versjon }, jonas),
            Attempt(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "Dobbeltregistrert.", Versjon = versjon }, jonas));

        attempts.Count(a => a is null).ShouldBe(1, "exactly one command wins");
        var loser = attempts.Single(a => a is not null)!;
        loser.ShouldBeOfType<KonfliktException>();
        loser.Message.ShouldStartWith($"Saken {saksnummer} ble endret av Jonas Berg (");
        loser.Message.ShouldEndWith("etter at du åpnet den. Ingenting er lagret. Last siden på nytt og se endringen før du prøver igjen.");
        (await HendelserAsync(saksnummer)).Count.ShouldBe(1, "the loser wrote no audit line");
    }

    [Fact]
    public async Task A_command_on_a_version_the_user_no_longer_sees_is_a_conflict_even_when_the_rule_would_also_refuse()
    {
        var ingrid = new TestUser { Navn = "Ingrid Solheim" };
        var saksnummer = await NySakAsync();
        var seen = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Versjon).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.Henlegg, Begrunnelse = "Feilregistrert.", Versjon = seen }, ingrid);

        var stale = await Should.ThrowAsync<KonfliktException>(() => fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring, Versjon = seen }, ingrid));

        stale.Message.ShouldStartWith($"Saken {saksnummer} ble endret av Ingrid Solheim (");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Henlagt);
    }

    [Fact]
    public async Task Revealing_a_fodselsnummer_is_logged_every_time()
    {
        var kari = new TestUser { Navn = "Kari Nordmann" };
        var saksnummer = await NySakAsync();

        var fnr = await fixture.SendAsync(new VisFodselsnummer.Command(saksnummer), kari);
        await fixture.SendAsync(new VisFodselsnummer.Command(saksnummer), kari);

        fnr.Length.ShouldBe(11);
        var logg = await HendelserAsync(saksnummer);
        logg.Select(h => (h.Type, h.UtfortAvNavn)).ShouldBe([("FODSELSNUMMER_VIST", "Kari Nordmann"), ("FODSELSNUMMER_VIST", "Kari Nordmann")]);
    }

    private async Task<Exception?> Attempt<T>(MediatR.IRequest<T> command, TestUser bruker)
    {
        try
        {
            await fixture.SendAsync(command, bruker);
            return null;
        }
        catch (Exception ex) when (ex is KonfliktException or DomainException)
        {
            return ex;
        }
    }
}
