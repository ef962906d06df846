using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Statistikk;
using Namsmannen.Application.Features.Leder;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Leder;

/// <summary>
/// Issue 20: the dashboard's figures are kept until something behind them changes, and never shown stale after a
/// change to a case: a new case, a fold and the minute's limit each make them read again.
/// </summary>
public sealed class LedertallbufferTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_figures_are_kept_until_a_case_changes_the_summaries_are_folded_or_a_minute_passes()
    {
        var leder = TestUser.Leder(Kontorinndeling.Oslo.Kode);
        var buffer = fixture.Services.GetRequiredService<Ledertallbuffer>();
        await TestData.SakAsync(fixture);
        var forste = await fixture.SendAsync(new Ledertall.Query(), leder);
        var treff = buffer.Treff;

        var andre = await fixture.SendAsync(new Ledertall.Query(), leder);
        buffer.Treff.ShouldBe(treff + 1, "nothing changed: the figures come from the buffer");
        andre.Nokkel.ShouldBe(forste.Nokkel);

        // A new case writes a pending summary row: read again, and the new case is counted at once.
        await TestData.SakAsync(fixture);
        var etterNySak = await fixture.SendAsync(new Ledertall.Query(), leder);
        buffer.Treff.ShouldBe(treff + 1);
        etterNySak.Nokkel.ApneSaker.ShouldBe(forste.Nokkel.ApneSaker + 1);
        etterNySak.Stadier.Single(s => s.Stadium == Saksstadium.BegjaringMottatt).Antall.ShouldBe(forste.Stadier.Single(s => s.Stadium == Saksstadium.BegjaringMottatt).Antall + 1);

        // Another office's supervisor has figures of its own.
        var vest = await fixture.SendAsync(new Ledertall.Query(), TestUser.Leder("VEST"));
        vest.Nokkel.ApneSaker.ShouldBe(0);
        buffer.Treff.ShouldBe(treff + 1);

        // The fold moves the pending rows into the sums: read again, the same figures.
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await fixture.ExecuteAsync(sp => Sammendrag.SlaSammenAsync(sp.GetRequiredService<NamsmannenDbContext>(), fixture.Clock, default));
        var etterFold = await fixture.SendAsync(new Ledertall.Query(), leder);
        buffer.Treff.ShouldBe(treff + 1);
        etterFold.Nokkel.ShouldBe(etterNySak.Nokkel);
        etterFold.SistSamlet.ShouldBe(fixture.Clock.GetUtcNow());
        (await fixture.SendAsync(new Ledertall.Query(), leder)).Nokkel.ShouldBe(etterNySak.Nokkel);
        buffer.Treff.ShouldBe(treff + 2);

        // At most a minute from the reading, however often they are served in between.
        fixture.Clock.Advance(Ledertallbuffer.Levetid / 2);
        await fixture.SendAsync(new Ledertall.Query(), leder);
        buffer.Treff.ShouldBe(treff + 3);
        fixture.Clock.Advance(Ledertallbuffer.Levetid / 2);
        await fixture.SendAsync(new Ledertall.Query(), leder);
        buffer.Treff.ShouldBe(treff + 3);
    }
}
