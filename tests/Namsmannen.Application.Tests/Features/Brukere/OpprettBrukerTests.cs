using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Brukere;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Brukere;

public sealed class OpprettBrukerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static OpprettBruker.Command Gyldig(string epost) => new()
    {
        Epost = epost,
        FulltNavn = "Kari Nordmann",
        Rolle = Roller.Saksbehandler,
        Kontor = "OSLO",
        Passord = "Sterkt-passord-2026",
    };

    [Fact]
    public async Task Should_store_the_user_with_a_hashed_password_and_the_role()
    {
        var result = await fixture.SendAsync(Gyldig("kari@namsmannen.test"));

        var stored = await fixture.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == result.BrukerId));
        stored.Email.ShouldBe("kari@namsmannen.test");
        stored.FulltNavn.ShouldBe("Kari Nordmann");
        stored.Kontor.ShouldBe("OSLO");
        stored.PasswordHash.ShouldNotBeNullOrEmpty();
        stored.PasswordHash.ShouldNotContain("Sterkt-passord-2026");
        stored.LockoutEnabled.ShouldBeTrue();
        var roller = await fixture.QueryAsync(db => db.UserRoles.Where(r => r.UserId == result.BrukerId).Select(r => r.RoleId).ToListAsync());
        roller.ShouldBe(["saksbehandler"]);
    }

    [Fact]
    public async Task A_caseworker_needs_an_office_and_an_administrator_has_none()
    {
        var utenKontor = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Gyldig("uten.kontor@namsmannen.test") with { Kontor = null }));
        utenKontor.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Kontor", "Velg kontoret saksbehandleren eller lederen hører til.")]);

        var adminMedKontor = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Gyldig("admin.kontor@namsmannen.test") with { Rolle = Roller.Admin }));
        adminMedKontor.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Kontor", "Bare saksbehandlere og ledere hører til et kontor.")]);
        (await fixture.QueryAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("kontor@namsmannen.test")))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_name_every_invalid_field_in_Norwegian_and_store_nothing()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new OpprettBruker.Command { Epost = "ikke-en-adresse", Rolle = "Sjef" }));

        var byField = error.Errors.ToLookup(e => e.PropertyName, e => e.ErrorMessage);
        byField["Epost"].ShouldBe(["E-postadressen er ikke gyldig."]);
        byField["FulltNavn"].ShouldBe(["Skriv inn fullt navn."]);
        byField["Rolle"].ShouldBe(["Velg en rolle."]);
        byField["Passord"].ShouldBe(["Skriv inn et passord."]);
        (await fixture.QueryAsync(db => db.Users.CountAsync(u => u.Email == "ikke-en-adresse"))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_reject_a_weak_password_on_the_password_field_and_store_nothing()
    {
        var command = Gyldig("svak@namsmannen.test") with { Passord = "kort" };

        var error = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(command));

        error.Errors.ShouldAllBe(e => e.PropertyName == "Passord");
        error.Errors.Select(e => e.ErrorMessage).ShouldContain("Passordet må ha minst 12 tegn.");
        error.Errors.Select(e => e.ErrorMessage).ShouldContain("Passordet må inneholde minst ett siffer.");
        (await fixture.QueryAsync(db => db.Users.CountAsync(u => u.Email == "svak@namsmannen.test"))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_second_user_with_the_same_email()
    {
        await fixture.SendAsync(Gyldig("dobbel@namsmannen.test"));

        var error = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Gyldig("dobbel@namsmannen.test")));

        error.Errors.ShouldContain(e => e.PropertyName == "Epost" && e.ErrorMessage == "E-postadressen dobbel@namsmannen.test er allerede i bruk.");
        (await fixture.QueryAsync(db => db.Users.CountAsync(u => u.Email == "dobbel@namsmannen.test"))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_require_a_creditor_for_a_creditor_user_and_bind_the_user_to_it()
    {
        var missing = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Gyldig("portal@namsmannen.test") with { Kontor = null, Rolle = Roller.Kreditor }));
        missing.Errors.Single().ErrorMessage.ShouldBe("Velg hvilken kreditor brukeren hører til.");

        var unknown = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Gyldig("portal@namsmannen.test") with { Kontor = null, Rolle = Roller.Kreditor, KreditorId = Guid.NewGuid() }));
        unknown.Errors.Single().ErrorMessage.ShouldBe("Kreditoren finnes ikke.");

        var kreditorId = await TestData.KreditorAsync(fixture);
        var result = await fixture.SendAsync(Gyldig("portal@namsmannen.test") with { Kontor = null, Rolle = Roller.Kreditor, KreditorId = kreditorId });
        (await fixture.QueryAsync(db => db.Users.Where(u => u.Id == result.BrukerId).Select(u => u.KreditorId).SingleAsync())).ShouldBe(kreditorId);
    }
}
