using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>
/// Users administered in the app (issue 20): disabling ends the user's sessions, a reset password must be changed,
/// roles and offices change, and the rules that keep an administrator in charge hold. Every change is in the
/// administrators' log with who made it.
/// </summary>
public sealed class BrukerAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once_and_stops_their_login_until_enabled_again()
    {
        var (id, epost, passord) = await NyBrukerAsync("Saksbehandler", "OSLO");
        var jonas = app.Browser();
        (await jonas.LogInAsync(epost, passord)).Headers.Location!.OriginalString.ShouldBe("/saksbehandling");
        (await jonas.GetAsync("/saksbehandling")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var per = await AdminAsync();
        var side = await per.GetDocumentAsync($"/admin/brukere/{id}");
        // Disabling asks for a confirmation first; without it nothing changes.
        var uten = await (await per.SubmitAsync(side, "form[action*=Deaktiver]", new Dictionary<string, string>())).ParseAsync();
        uten.QuerySelector("#BekreftDeaktivering-feil")!.TextContent.ShouldBe("Kryss av for at du vil deaktivere brukeren.");
        (await jonas.GetAsync("/saksbehandling")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var svar = await per.SubmitAsync(uten, "form[action*=Deaktiver]", new Dictionary<string, string> { ["Bekreftet"] = "true" });
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await per.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("Nina Nyansatt er deaktivert. Alle innlogginger er avsluttet.");
        etter.QuerySelector("#status")!.TextContent.ShouldStartWith("Deaktivert siden ");

        // The session the user already had is over: the next request is sent to the login.
        var ute = await jonas.GetAsync("/saksbehandling");
        ute.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ute.Headers.Location!.AbsolutePath.ShouldBe("/konto/logg-inn");
        var igjen = await (await app.Browser().LogInAsync(epost, passord)).ParseAsync();
        igjen.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Feil e-postadresse eller passord.");

        await per.SubmitAsync(etter, "form[action*=Aktiver]", new Dictionary<string, string>());
        (await app.Browser().LogInAsync(epost, passord)).Headers.Location!.OriginalString.ShouldBe("/saksbehandling");
        (await LoggAsync(id)).ShouldBe([("BRUKER_OPPRETTET", "Per Aas"), ("BRUKER_DEAKTIVERT", "Per Aas"), ("BRUKER_AKTIVERT", "Per Aas")]);
    }

    [Fact]
    public async Task A_reset_password_is_shown_once_ends_the_session_and_must_be_changed_before_anything_else()
    {
        var (id, epost, passord) = await NyBrukerAsync("Leder", "OSLO");
        var nina = app.Browser();
        await nina.LogInAsync(epost, passord);

        var per = await AdminAsync();
        var side = await per.GetDocumentAsync($"/admin/brukere/{id}");
        var svar = await per.SubmitAsync(side, "form[action*=Nullstill]", new Dictionary<string, string> { ["Bekreftet"] = "true" });
        var etter = await per.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        var engang = etter.QuerySelector("#engangspassord")!.TextContent;
        engang.Length.ShouldBeGreaterThanOrEqualTo(12);
        (await per.GetDocumentAsync($"/admin/brukere/{id}")).QuerySelector("#engangspassord").ShouldBeNull("the one-time password is shown once");
        (await nina.GetAsync("/leder")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the reset ended the session");
        (await app.Browser().LogInAsync(epost, passord)).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer works");

        var ny = app.Browser();
        (await ny.LogInAsync(epost, engang)).Headers.Location!.OriginalString.ShouldBe("/konto/nytt-passord");
        var omvei = await ny.GetAsync("/leder");
        omvei.Headers.Location!.OriginalString.ShouldBe("/konto/nytt-passord", "no other page before a new password");
        var skjema = await ny.GetDocumentAsync("/konto/nytt-passord");
        var ulike = await (await ny.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Naverende"] = engang, ["Data.Nytt"] = "Mitt-eget-passord-2026", ["Data.Gjentatt"] = "Mitt-eget-passord-2027" })).ParseAsync();
        ulike.QuerySelector("#Data_Gjentatt-feil")!.TextContent.ShouldBe("Passordene er ikke like.");
        var byttet = await ny.SubmitAsync(ulike, "main form", new Dictionary<string, string> { ["Data.Naverende"] = engang, ["Data.Nytt"] = "Mitt-eget-passord-2026", ["Data.Gjentatt"] = "Mitt-eget-passord-2026" });
        byttet.Headers.Location!.OriginalString.ShouldBe("/leder");
        (await ny.GetAsync("/leder")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Browser().LogInAsync(epost, "Mitt-eget-passord-2026")).Headers.Location!.OriginalString.ShouldBe("/leder");
        (await LoggAsync(id)).Select(l => l.Type).ShouldBe(["BRUKER_OPPRETTET", "BRUKER_PASSORD_NULLSTILT", "BRUKER_PASSORD_BYTTET"]);
        (await LoggTeksterAsync(id)).ShouldAllBe(t => !t.Contains(engang, StringComparison.Ordinal), "the one-time password is never logged");
    }

    [Fact]
    public async Task A_new_role_and_office_apply_from_the_next_login_and_the_list_shows_status_and_last_login()
    {
        var (id, epost, passord) = await NyBrukerAsync("Saksbehandler", "OSLO");
        await app.Browser().LogInAsync(epost, passord);
        var per = await AdminAsync();
        var liste = await per.GetDocumentAsync("/admin/brukere");
        var rad = liste.QuerySelectorAll("tbody tr").Single(r => r.Children[1].TextContent == epost);
        rad.Children[4].TextContent.ShouldBe("Aktiv");
        rad.Children[5].TextContent.ShouldNotBe("Aldri");

        var side = await per.GetDocumentAsync($"/admin/brukere/{id}");
        var feil = await (await per.SubmitAsync(side, "form[action*=Endre]", new Dictionary<string, string> { ["Data.Rolle"] = "Leder", ["Data.Kontor"] = "" })).ParseAsync();
        feil.QuerySelector("#Data_Kontor-feil")!.TextContent.ShouldBe("Velg kontoret saksbehandleren eller lederen hører til.");
        var svar = await per.SubmitAsync(side, "form[action*=Endre]", new Dictionary<string, string> { ["Data.Rolle"] = "Leder", ["Data.Kontor"] = "VEST" });
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Browser().LogInAsync(epost, passord)).Headers.Location!.OriginalString.ShouldBe("/leder");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Users.Where(u => u.Id == id).Select(u => u.Kontor).SingleAsync()).ShouldBe("VEST");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_themselves_nor_take_their_own_role()
    {
        var per = await AdminAsync();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var perId = await db.Users.Where(u => u.Email == "admin@namsmannen.test").Select(u => u.Id).SingleAsync();
        var side = await per.GetDocumentAsync($"/admin/brukere/{perId}");
        side.QuerySelector("form[action*=Deaktiver]").ShouldBeNull("no button to disable oneself");
        var forfalsket = await per.PostAsync($"/admin/brukere/{perId}?handler=Deaktiver", Html.Forfalsket(side, ("Bekreftet", "true")));
        (await forfalsket.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Du kan ikke deaktivere deg selv.");
        var rolle = await (await per.SubmitAsync(side, "form[action*=Endre]", new Dictionary<string, string> { ["Data.Rolle"] = "Leder", ["Data.Kontor"] = "OSLO" })).ParseAsync();
        rolle.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Du kan ikke ta administratorrollen fra deg selv.");

    }

    private int teller;

    private async Task<(string Id, string Epost, string Passord)> NyBrukerAsync(string rolle, string? kontor)
    {
        var per = await AdminAsync();
        var epost = $"nina.{Interlocked.Increment(ref teller)}.{Guid.NewGuid():N}"[..24] + "@namsmannen.test";
        const string passord = "Nina-passord-2026";
        var svar = await per.SubmitAsync(await per.GetDocumentAsync("/admin/brukere"), "main form", new Dictionary<string, string>
        {
            ["Data.FulltNavn"] = "Nina Nyansatt",
            ["Data.Epost"] = epost,
            ["Data.Rolle"] = rolle,
            ["Data.Kontor"] = kontor ?? string.Empty,
            ["Data.Passord"] = passord,
        });
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect, await svar.Content.ReadAsStringAsync());
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        return (await db.Users.Where(u => u.Email == epost).Select(u => u.Id).SingleAsync(), epost, passord);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var per = app.Browser();
        (await per.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return per;
    }

    private async Task<List<(string Type, string Hvem)>> LoggAsync(string id)
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var gjelder = $"bruker:{id}";
        return (await db.Administrasjonslogg.Where(h => h.Gjelder == gjelder).OrderBy(h => h.Id).Select(h => new { h.Type, h.UtfortAvNavn }).ToListAsync())
            .Select(h => (h.Type, h.UtfortAvNavn)).ToList();
    }

    private async Task<List<string>> LoggTeksterAsync(string id)
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var gjelder = $"bruker:{id}";
        return await db.Administrasjonslogg.Where(h => h.Gjelder == gjelder).Select(h => h.Beskrivelse).ToListAsync();
    }
}

/// <summary>The last active administrator is kept (issue 20), also against two administrators disabling each other at once.</summary>
public sealed class SisteAdministratorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_last_active_administrator_cannot_be_disabled_nor_lose_the_role()
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var per = await db.Users.Where(u => u.Email == "admin@namsmannen.test").Select(u => u.Id).SingleAsync();
        var eva = await db.Users.Where(u => u.Email == "admin2@namsmannen.test").Select(u => u.Id).SingleAsync();
        await app.SendAsync(new Namsmannen.Application.Features.Brukere.DeaktiverBruker.Command(eva), TestUser.Admin("Per Aas") with { UserId = per });

        // Someone acting as an administrator other than Per (as Eva's request would, had it passed its check just before): refused.
        var ex = await Should.ThrowAsync<Namsmannen.Application.Common.KonfliktException>(() =>
            app.SendAsync(new Namsmannen.Application.Features.Brukere.DeaktiverBruker.Command(per), TestUser.Admin("Eva Strand") with { UserId = eva }));
        ex.Message.ShouldBe("Per Aas er den siste aktive administratoren. Gi en annen bruker rollen først.");
        await Should.ThrowAsync<Namsmannen.Application.Common.KonfliktException>(() =>
            app.SendAsync(new Namsmannen.Application.Features.Brukere.EndreBruker.Command { BrukerId = per, Rolle = "Leder", Kontor = "OSLO" }, TestUser.Admin("Eva Strand") with { UserId = eva }));
        (await db.Users.AsNoTracking().Where(u => u.Id == per).Select(u => u.Deaktivert).SingleAsync()).ShouldBeNull();

        // Nobody but an administrator changes a login, also past the web layer's policy.
        (await Should.ThrowAsync<UnauthorizedAccessException>(() =>
            app.SendAsync(new Namsmannen.Application.Features.Brukere.AktiverBruker.Command(eva), TestUser.Leder("OSLO", "Ingrid Solheim"))))
            .Message.ShouldBe("Bare administratorer kan endre brukere.");
    }
}
