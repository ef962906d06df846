using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// A test's own case, made as production makes it: the demo creditor sends a begjæring through the portal form's
/// command, and the demo caseworker (Kari Nordmann, Oslo) takes it to the stage the test needs (varsel, utleggspant in a
/// car, tvangssalg) with the same commands the case page sends. A test never depends on which demo case comes first.
/// </summary>
public static class Saksbygger
{
    public static async Task<(string Saksnummer, Guid SkyldnerId)> NySakAsync(this AppFactory app, Saksstadium stadium = Saksstadium.BegjaringMottatt)
    {
        var kreditor = TestUser.Kreditor(await app.DemoKreditorAsync(), "Sofie Lunde");
        var kari = await app.SaksbehandlerAsync("saksbehandler@namsmannen.test");
        var idag = Oslotid.IDag(TimeProvider.System);
        var rad = TestData.Begjaring(idag, Begjaringstype.Utlegg, "WEB-" + Guid.NewGuid().ToString("N")[..10], KreditorApi.NyttFodselsnummer(), "Ola Testesen", "Storgata 1", "0155", "Oslo");
        var saksnummer = (await app.SendAsync(new SendBegjaring.Command(rad, []), kreditor)).Saksnummer;
        if (stadium != Saksstadium.BegjaringMottatt)
        {
            await app.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, kari);
        }

        if (stadium == Saksstadium.VarselSendt)
        {
            await app.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = Sak.TidligsteUtleggsforretning(idag), Klokkeslett = "10:00", Sted = "Namsmannen i Oslo" }, kari);
        }

        if (stadium is Saksstadium.Utleggspant or Saksstadium.Tvangssalg)
        {
            // The web app runs on the real clock, so the case goes to the forretning without a varsel, with the caseworker's § 7-10 reason.
            await app.SendAsync(new HoldUtleggsforretning.Command { Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Pant, Formuesgoder = [new("kjoretoy", "Personbil", 60_000m, TaUtleggspant: true)], UtenVarsel = TestData.UtenVarsel }, kari);
        }

        if (stadium == Saksstadium.Tvangssalg)
        {
            await app.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg }, kari);
        }

        if (stadium is not (Saksstadium.BegjaringMottatt or Saksstadium.VarselSendt or Saksstadium.Utleggspant or Saksstadium.Tvangssalg))
        {
            throw new ArgumentOutOfRangeException(nameof(stadium), stadium, "The builder makes cases at BegjaringMottatt, VarselSendt, Utleggspant or Tvangssalg.");
        }

        await using var db = app.CreateDbContext();
        var sak = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => new { s.Stadium, s.SkyldnerId }).SingleAsync();
        sak.Stadium.ShouldBe(stadium);
        return (saksnummer, sak.SkyldnerId);
    }

    /// <summary>A demo caseworker as the commands see them: their id, name and office.</summary>
    public static async Task<ICurrentUser> SaksbehandlerAsync(this AppFactory app, string epost)
    {
        await using var db = app.CreateDbContext();
        var bruker = await db.Users.Where(u => u.Email == epost).Select(u => new { u.Id, u.FulltNavn, u.Kontor }).SingleAsync();
        return TestUser.Saksbehandler(bruker.Kontor!, bruker.FulltNavn, bruker.Id);
    }
}
