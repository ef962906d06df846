using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Tests.Features.Saker;

/// <summary>
/// Name search: a whole name or surname walks the word index in the queue's order; a part of a word falls back to
/// the trigram search. Both give what a caseworker expects, page after page.
/// </summary>
public sealed class NavnesokTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_surname_finds_exactly_the_cases_of_debtors_with_that_word_in_queue_order_page_by_page()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for navnesøk");
        var forventet = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            forventet.Add(await SaksnummerAsync(kreditor, i % 2 == 0 ? $"Kari Østbø-Lund {i}" : $"Per Østbø {i}"));
            fixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        var ikke = await SaksnummerAsync(kreditor, "Ola Østbøen");
        fixture.Clock.AdjustTime(DatabaseFixture.Start);
        var alle = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle, Sok = "østbø" };

        var side1 = await fixture.SendAsync(alle);
        side1.Sokeforklaring.ShouldBe("navn med ordet «østbø»");
        side1.Saker.Count.ShouldBe(Arbeidsliste.Sidestorrelse);
        var side2 = await fixture.SendAsync(alle with { EtterMottatt = side1.Neste!.Mottatt, EtterSaksnummer = side1.Neste.Saksnummer });
        side1.Saker.Concat(side2.Saker).Select(s => s.Saksnummer).ShouldBe(forventet, "every case once, oldest first, and not «Østbøen»");
        side2.Neste.ShouldBeNull();
        side1.Saker.Concat(side2.Saker).Select(s => s.Saksnummer).ShouldNotContain(ikke);

        // Several words must all be there, in that order; a part of a word searches inside names.
        var toOrd = await fixture.SendAsync(alle with { Sok = "Kari Østbø-Lund" });
        toOrd.Saker.Count.ShouldBe(15);
        toOrd.Saker.ShouldAllBe(s => s.Skyldner.StartsWith("Kari Østbø-Lund", StringComparison.Ordinal));
        var del = await fixture.SendAsync(alle with { Sok = "stbøe" });
        del.Sokeforklaring.ShouldBe("navn som inneholder «stbøe»");
        del.Saker.Select(s => s.Saksnummer).ShouldBe([ikke]);
        del.Delsok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_search_inside_names_pages_on_inside_names()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for delsøk");
        var forventet = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            forventet.Add(await SaksnummerAsync(kreditor, $"Ola Brattvik{(char)('a' + (i % 3))}"));
            fixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        fixture.Clock.AdjustTime(DatabaseFixture.Start);
        var alle = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle, Sok = "brattvi" };
        var side1 = await fixture.SendAsync(alle);
        side1.Delsok.ShouldBeTrue("no name has the word «brattvi», so the search looks inside names");
        var side2 = await fixture.SendAsync(alle with { Delsok = true, EtterMottatt = side1.Neste!.Mottatt, EtterSaksnummer = side1.Neste.Saksnummer });
        side1.Saker.Concat(side2.Saker).Select(s => s.Saksnummer).ShouldBe(forventet);
        side2.Delsok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_debtor_who_changes_name_is_found_by_the_new_name_and_not_the_old()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for navnebytte");
        var saksnummer = await SaksnummerAsync(kreditor, "Ingrid Gammelnavn");
        await fixture.SqlAsync("UPDATE skyldnere SET navn = 'Ingrid Nyttnavn' WHERE navn = 'Ingrid Gammelnavn'");

        var alle = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle };
        (await fixture.SendAsync(alle with { Sok = "Nyttnavn" })).Saker.Select(s => s.Saksnummer).ShouldBe([saksnummer]);
        (await fixture.SendAsync(alle with { Sok = "Gammelnavn" })).Saker.ShouldBeEmpty();
        (await fixture.QueryAsync(db => db.Navneord.Where(w => w.Saksnummer == saksnummer).Select(w => w.Ord).OrderBy(o => o).ToListAsync())).ShouldBe(["ingrid", "ingrid nyttnavn", "nyttnavn"]);
    }

    [Fact]
    public async Task Words_match_in_any_order_and_ae_oe_aa_fold_to_e_o_a()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for folding");
        var solberg = await SaksnummerAsync(kreditor, "Even Solberg");
        var sorlie = await SaksnummerAsync(kreditor, "Kari Sørlie");
        var saether = await SaksnummerAsync(kreditor, "Håkon Sæther");
        var alle = new Arbeidsliste.Query { Visning = Arbeidsliste.Visning.Alle };

        (await fixture.SendAsync(alle with { Sok = "Solberg Even" })).Saker.Select(s => s.Saksnummer).ShouldBe([solberg]);
        (await fixture.SendAsync(alle with { Sok = "Sorlie" })).Saker.Select(s => s.Saksnummer).ShouldBe([sorlie]);
        (await fixture.SendAsync(alle with { Sok = "sorlie kari" })).Saker.Select(s => s.Saksnummer).ShouldBe([sorlie]);
        (await fixture.SendAsync(alle with { Sok = "Haakon Saether" })).Saker.Select(s => s.Saksnummer).ShouldBe([saether]);
        (await fixture.SendAsync(alle with { Sok = "Sæther" })).Saker.Select(s => s.Saksnummer).ShouldBe([saether]);
    }

    [Theory]
    [InlineData("Even Solberg")]
    [InlineData("Håkon Sæther Aasen")]
    [InlineData("Kari Østbø-Lund")]
    [InlineData("  Ola   Nordmann, jr. ")]
    [InlineData("Anne-Lise Ås Aas")]
    [InlineData("Bygg & Anlegg AS")]
    public async Task The_database_makes_the_same_entries_of_a_name_as_the_search_looks_up(string navn)
    {
        var fraDatabasen = await fixture.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT x AS \"Value\" FROM navneord({navn}) x").ToListAsync());
        fraDatabasen.Order(StringComparer.Ordinal).ShouldBe(Namsmannen.Application.Data.Navneord.Oppslag(navn).Order(StringComparer.Ordinal));
    }

    private async Task<string> SaksnummerAsync(Guid kreditor, string navn)
    {
        var sakId = await TestData.SakAsync(fixture, kreditor, skyldnerId: await TestData.SkyldnerAsync(fixture, navn, "0150"));
        return await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId).Select(s => s.Saksnummer).SingleAsync());
    }
}
