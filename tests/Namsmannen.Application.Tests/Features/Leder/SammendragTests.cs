using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Statistikk;
using Namsmannen.Application.Features.Leder;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Leder;

/// <summary>
/// The summary tables are the dashboard's only source, so they must equal what a GROUP BY over the cases says, after
/// any sequence of changes, folded or not. Each seed drives a random sequence through the application's own commands
/// (and some raw SQL, as a migration or a bulk job would write), and compares every line for every office.
/// </summary>
public sealed class SammendragTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly string[] Postnumre = ["0150", "1710", "2317", "3015", "4006", "4610", "5003", "5525", "6002", "7011", "8006", "9008", "9600"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_summaries_equal_the_live_aggregates_after_a_random_sequence_of_changes(int seed)
    {
        var random = new Random(seed);
        var kreditorer = new[] { await TestData.KreditorAsync(fixture, $"Kreditor A {seed}"), await TestData.KreditorAsync(fixture, $"Kreditor B {seed}") };
        var saksbehandlere = await fixture.QueryAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var saker = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            saker.Add(await NySakAsync(random, kreditorer));
        }

        for (var steg = 0; steg < 60; steg++)
        {
            var sakId = saker[random.Next(saker.Count)];
            var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sakId));
            try
            {
                switch (random.Next(9))
                {
                    case 0:
                        saker.Add(await NySakAsync(random, kreditorer));
                        break;
                    case 1 or 2 when sak.TillatteHandlinger.Count > 0:
                        var handling = sak.TillatteHandlinger[random.Next(sak.TillatteHandlinger.Count)];
                        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = sak.Saksnummer, Handling = handling, Begrunnelse = "Tilfeldig steg i testen." });
                        break;
                    case 3 when !sak.ErLukket:
                        // Sometimes everything owed, which closes the case.
                        var belop = random.Next(3) == 0 ? sak.Utestaende : Math.Round(sak.Utestaende * (decimal)random.NextDouble() / 2, 2);
                        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = sak.Saksnummer, Belop = Math.Max(0.01m, belop) });
                        break;
                    case 4 when !sak.ErLukket && saksbehandlere.Count > 0:
                        await fixture.SendAsync(new TildelSak.Command { Saksnummer = sak.Saksnummer, SaksbehandlerId = saksbehandlere[random.Next(saksbehandlere.Count)] });
                        break;
                    case 5:
                        await fixture.SqlAsync($"INSERT INTO frister (sak_id, type, dato, beskrivelse, oppfylt) VALUES ('{sakId}', 'UTLEGGSFORRETNING', DATE '2026-11-21' + {random.Next(-20, 20)}, 'Test', {(random.Next(4) == 0 ? "true" : "false")})");
                        break;
                    case 6:
                        await fixture.SqlAsync(random.Next(2) == 0
                            ? $"UPDATE frister SET oppfylt = NOT oppfylt WHERE sak_id = '{sakId}'"
                            : $"DELETE FROM frister WHERE id = (SELECT min(id) FROM frister WHERE sak_id = '{sakId}')");
                        break;
                    case 7 when !sak.ErLukket:
                        await fixture.SendAsync(new ReduserKrav.Command { Saksnummer = sak.Saksnummer, Hovedstol = sak.Hovedstol, Renter = 0m, Omkostninger = sak.Omkostninger });
                        break;
                    default:
                        // A bulk statement over many cases, some changed and some not.
                        await fixture.SqlAsync($"UPDATE saker SET renter = renter + {random.Next(0, 3)} WHERE avsluttet IS NULL AND kreditor_id = '{kreditorer[random.Next(2)]}'");
                        break;
                }
            }
            catch (Exception ex) when (ex is Domain.DomainException or FluentValidation.ValidationException)
            {
                // A refused step changes nothing; the figures must still agree.
            }

            if (random.Next(5) == 0)
            {
                await fixture.QueryAsync(db => Sammendrag.SlaSammenAsync(db, fixture.Clock, default));
            }

            if (steg % 10 == 9)
            {
                await SammenlignAsync($"seed {seed}, step {steg}");
            }
        }

        await fixture.QueryAsync(db => Sammendrag.SlaSammenAsync(db, fixture.Clock, default));
        await SammenlignAsync($"seed {seed}, after folding");
        (await fixture.QueryAsync(db => db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM statistikk_saker_endringer").SingleAsync())).ShouldBe(0);

        // An operator's rebuild from the cases gives the same sums.
        await fixture.SqlAsync("SELECT statistikk_bygg_om(now())");
        await SammenlignAsync($"seed {seed}, after a rebuild");
    }

    [Fact]
    public async Task The_dashboard_figures_from_the_summaries_equal_those_of_a_live_group_by()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for nøkkeltall");
        var random = new Random(7);
        for (var i = 0; i < 8; i++)
        {
            await NySakAsync(random, [kreditor]);
        }

        var admin = TestUser.Admin();
        var fraSammendrag = await fixture.SendAsync(new Ledertall.Query(), admin);
        var live = await fixture.SendAsync(new Ledertall.Query { Kilde = Sammendrag.Kilde.Live }, admin);
        fraSammendrag.Nokkel.ShouldBe(live.Nokkel);
        fraSammendrag.Stadier.ShouldBe(live.Stadier);
        fraSammendrag.Ukeserie.ShouldBe(live.Ukeserie);
        fraSammendrag.Alder.ShouldBe(live.Alder);
        fraSammendrag.Saksbehandlere.ShouldBe(live.Saksbehandlere);
        fraSammendrag.Kreditorer.ShouldBe(live.Kreditorer);
        fraSammendrag.Nokkel.ApneSaker.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task The_database_maps_every_postnummer_to_the_same_office_as_the_domain()
    {
        var fraDatabasen = await fixture.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT lpad(n::text, 4, '0') || '=' || kontor_for_postnummer(lpad(n::text, 4, '0')) AS \"Value\" FROM generate_series(0, 9999) n ORDER BY n")
            .ToListAsync());
        var fraDomenet = Enumerable.Range(0, 10_000).Select(n => $"{n:0000}={Kontorinndeling.Finn($"{n:0000}").Kode}").ToList();
        fraDatabasen.ShouldBe(fraDomenet);
    }

    private async Task<Guid> NySakAsync(Random random, Guid[] kreditorer)
    {
        var postnummer = Postnumre[random.Next(Postnumre.Length)];
        return await TestData.SakAsync(fixture, kreditorer[random.Next(kreditorer.Length)], skyldnerId: await TestData.SkyldnerAsync(fixture, "Kari Testesen", postnummer));
    }

    private async Task SammenlignAsync(string hvor)
    {
        foreach (var kontorer in Kontorinndeling.Alle.Select(k => new[] { k.Kode }).Append(Kontorinndeling.Alle.Select(k => k.Kode).ToArray()))
        {
            await fixture.ExecuteAsync(async services =>
            {
                var db = services.GetRequiredService<NamsmannenDbContext>();
                var connection = await Sammendrag.ForbindelseAsync(db, default);
                var saker = await Sammendrag.SakerAsync(connection, kontorer, Sammendrag.Kilde.Sammendrag, default);
                var sakerLive = await Sammendrag.SakerAsync(connection, kontorer, Sammendrag.Kilde.Live, default);
                Sortert(saker).ShouldBe(Sortert(sakerLive), $"{hvor}, {string.Join(",", kontorer)}: breakdown lines");
                var dager = await Sammendrag.DagerAsync(connection, kontorer, Sammendrag.Kilde.Sammendrag, default);
                var dagerLive = await Sammendrag.DagerAsync(connection, kontorer, Sammendrag.Kilde.Live, default);
                dager.ShouldBe(dagerLive, $"{hvor}, {string.Join(",", kontorer)}: day lines");
            });
        }
    }

    private static List<string> Sortert(IEnumerable<Sammendrag.SakRad> rader) =>
        rader.Select(r => $"{r.Dimensjon}|{r.Verdi}|{r.Antall}|{r.Apne}|{r.Krav:0.00}|{r.Innbetalt:0.00}").Order(StringComparer.Ordinal).ToList();
}
