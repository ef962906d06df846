using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Portal;

/// <summary>Issue 12, M4: a creditor cannot multiply its quota by making keys.</summary>
public sealed class ApiNokkelgrenseTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_eleventh_active_key_is_refused_with_a_message_until_one_is_revoked()
    {
        var kreditor = await TestData.KreditorAsync(fixture);
        var kreditorbruker = TestUser.Kreditor(kreditor);
        var forste = await fixture.SendAsync(new OpprettApiNokkel.Command { Navn = "System 1" }, kreditorbruker);
        for (var i = 2; i <= OpprettApiNokkel.MaksAktive; i++)
        {
            await fixture.SendAsync(new OpprettApiNokkel.Command { Navn = $"System {i}" }, kreditorbruker);
        }

        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new OpprettApiNokkel.Command { Navn = "En til" }, kreditorbruker));

        feil.Errors.Single().ErrorMessage.ShouldBe("Dere har alt 10 aktive nøkler. Trekk tilbake en dere ikke bruker før dere lager en ny.");
        (await fixture.QueryAsync(db => db.ApiNokler.CountAsync(k => k.KreditorId == kreditor))).ShouldBe(10);
        await fixture.SendAsync(new TilbakekallApiNokkel.Command(forste.Id), kreditorbruker);
        (await fixture.SendAsync(new OpprettApiNokkel.Command { Navn = "En til" }, kreditorbruker)).Navn.ShouldBe("En til");
    }
}
