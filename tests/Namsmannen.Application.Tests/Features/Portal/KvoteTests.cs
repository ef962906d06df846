using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Portal;

/// <summary>Issue 12, M4: the quota is one bucket per creditor in the database, refilled by the time gone by.</summary>
public sealed class KvoteTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<Kvote.Svar> TaAsync(Guid kreditor)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Kvote>().TaAsync(kreditor, burst: 3, perSekund: 0.5, default);
    }

    [Fact]
    public async Task A_burst_then_a_steady_rate_with_the_wait_until_the_next_token()
    {
        var kreditor = await TestData.KreditorAsync(fixture);

        var forste = new[] { await TaAsync(kreditor), await TaAsync(kreditor), await TaAsync(kreditor), await TaAsync(kreditor) };
        fixture.Clock.Advance(TimeSpan.FromSeconds(2));
        var etterTo = await TaAsync(kreditor);
        var straks = await TaAsync(kreditor);

        forste.Select(s => s.Tillatt).ShouldBe([true, true, true, false]);
        forste[3].SekunderTilNeste.ShouldBe(2);
        etterTo.Tillatt.ShouldBeTrue();
        straks.Tillatt.ShouldBeFalse();
        (await TaAsync(await TestData.KreditorAsync(fixture))).Tillatt.ShouldBeTrue("another creditor has its own bucket");
    }
}
