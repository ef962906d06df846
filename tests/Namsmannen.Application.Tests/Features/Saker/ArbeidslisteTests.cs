using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Saker;

public sealed class ArbeidslisteTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (!await fixture.QueryAsync(db => db.Saker.AnyAsync()))
        {
            await fixture.ExecuteAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Keyset_pages_cover_every_case_once_in_order()
    {
        var seen = new List<string>();
        var query = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle };
        for (var page = 0; page < 20; page++)
        {
            var result = await fixture.SendAsync(query);
            result.Saker.Count.ShouldBeLessThanOrEqualTo(Arbeidsliste.Sidestorrelse);
            seen.AddRange(result.Saker.Select(s => s.Saksnummer));
            if (result.Neste is null)
            {
                break;
            }

            query = query with { EtterMottatt = result.Neste.Mottatt, EtterSaksnummer = result.Neste.Saksnummer };
        }

        var expected = await fixture.QueryAsync(db => db.Saker.OrderBy(s => s.Mottatt).ThenBy(s => s.Saksnummer).Select(s => s.Saksnummer).ToListAsync());
        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task Search_finds_a_case_by_saksnummer_fodselsnummer_orgnr_or_part_of_the_name()
    {
        var sak = await fixture.QueryAsync(db => db.Saker.Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new { s.Saksnummer, d.Identifikator, d.Navn, d.Type })
            .Where(x => x.Type == Domain.Parter.Skyldnertype.Person).OrderBy(x => x.Saksnummer).FirstAsync());
        var firma = await fixture.QueryAsync(db => db.Skyldnere.Where(d => d.Type == Domain.Parter.Skyldnertype.Virksomhet).Select(d => d.Identifikator).FirstAsync());
        var alle = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle };

        var bySaksnummer = await fixture.SendAsync(alle with { Sok = sak.Saksnummer });
        bySaksnummer.Saker.Select(s => s.Saksnummer).ShouldBe([sak.Saksnummer]);
        bySaksnummer.Sokeforklaring.ShouldBe($"saksnummer {sak.Saksnummer}");
        // An exact identifier finds the case from any view (issue 15: from «Mine saker» it said «Ingen saker passer»).
        var kontor = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == sak.Saksnummer).Select(s => s.Kontor).SingleAsync());
        (await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Mine, Sok = sak.Saksnummer }, TestUser.Saksbehandler(kontor, "Kari Nordmann", "ingen-saker"))).Saker
            .Select(s => s.Saksnummer).ShouldBe([sak.Saksnummer]);
        (await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.FristIDag, Sok = sak.Identifikator })).Saker.ShouldContain(s => s.Saksnummer == sak.Saksnummer);

        var byFnr = await fixture.SendAsync(alle with { Sok = sak.Identifikator });
        byFnr.Saker.ShouldContain(s => s.Saksnummer == sak.Saksnummer);
        byFnr.Sokeforklaring.ShouldBe($"fødselsnummer {sak.Identifikator[..6]} *****");

        (await fixture.SendAsync(alle with { Sok = firma })).Saker.ShouldNotBeEmpty();

        var del = sak.Navn.Split(' ')[^1][..3].ToUpperInvariant();
        var byName = await fixture.SendAsync(alle with { Sok = del });
        byName.Saker.ShouldContain(s => s.Saksnummer == sak.Saksnummer);
        byName.Saker.ShouldAllBe(s => s.Skyldner.Contains(del, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_search_that_is_too_short_is_refused_with_a_Norwegian_message()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new Arbeidsliste.Query { Sok = "ab" }));

        error.Errors.Single().ErrorMessage.ShouldBe("Skriv minst tre tegn av navnet, eller et helt saksnummer, fødselsnummer eller organisasjonsnummer.");
    }

    [Fact]
    public async Task Filters_by_stage_and_creditor_and_the_views_keep_to_their_cases()
    {
        var kreditor = await fixture.QueryAsync(db => db.Kreditorer.OrderBy(k => k.Navn).Select(k => new { k.Id, k.Navn }).FirstAsync());

        var filtered = await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle, Stadium = Saksstadium.VarselSendt, KreditorId = kreditor.Id });
        filtered.Saker.ShouldNotBeEmpty();
        filtered.Saker.ShouldAllBe(s => s.Stadium == Saksstadium.VarselSendt && s.Kreditor == kreditor.Navn);

        var ufordelte = await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Ufordelte });
        ufordelte.Saker.ShouldAllBe(s => s.Stadium == Saksstadium.BegjaringMottatt);
        ufordelte.AntallUfordelte.ShouldBe(await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.SaksbehandlerId == null && s.Stadium == Saksstadium.BegjaringMottatt)));

        (await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Mine })).Saker.ShouldBeEmpty("a user with no cases has an empty 'mine' list");
    }
}

public sealed class FristlisteTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Deadlines_due_today_and_overdue_list_the_open_cases_with_such_deadlines()
    {
        await fixture.ExecuteAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DatabaseMigrator>(sp).MigrateAsync(seedDemoData: true, default));
        var idag = Namsmannen.Application.Common.Oslotid.IDag(fixture.Clock);

        var iDag = await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.FristIDag });
        var passert = await fixture.SendAsync(new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.FristPassert });

        var forventetIDag = await fixture.QueryAsync(db => db.Frister.Where(f => !f.Oppfylt && f.Dato == idag).Select(f => f.SakId).Distinct().CountAsync());
        var forventetPassert = await fixture.QueryAsync(db => db.Frister.Where(f => !f.Oppfylt && f.Dato < idag).Select(f => f.SakId).Distinct().CountAsync());
        forventetIDag.ShouldBeGreaterThan(0);
        forventetPassert.ShouldBeGreaterThan(0);
        (iDag.AntallFristIDag, iDag.Saker.Count).ShouldBe((forventetIDag, Math.Min(forventetIDag, Arbeidsliste.Sidestorrelse)));
        (passert.AntallFristPassert, passert.Saker.Count).ShouldBe((forventetPassert, Math.Min(forventetPassert, Arbeidsliste.Sidestorrelse)));
        iDag.Saker.ShouldAllBe(s => s.Stadium == Domain.Saker.Saksstadium.VarselSendt);
    }
}
