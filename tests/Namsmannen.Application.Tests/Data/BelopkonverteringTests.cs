using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Shouldly;

namespace Namsmannen.Application.Tests.Data;

/// <summary>The case's amounts are <see cref="Belop"/> in the model and numeric(14,2) in the database (issue 14).</summary>
public sealed class BelopkonverteringTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly NamsmannenDbContext Modell = NamsmannenDbContext.Opprett("Host=modellen.leses.uten.tilkobling");

    [Fact]
    public void No_entity_of_the_case_holds_an_amount_as_a_bare_decimal()
    {
        var aggregatet = Modell.Model.GetEntityTypes().Where(e => e.ClrType == typeof(Sak) || e.ClrType.Namespace == typeof(Sak).Namespace || e.ClrType == typeof(Kontopost)).ToList();
        aggregatet.Select(e => e.ClrType).ShouldContain(typeof(Betaling));
        aggregatet.SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(decimal) || p.ClrType == typeof(decimal?)).Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_amount_is_stored_through_the_one_converter_as_numeric_14_2()
    {
        var belop = Modell.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(Belop) || p.ClrType == typeof(Belop?)).ToList();
        belop.Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").ShouldContain("Sak.Innbetalt");
        belop.Where(p => p.GetValueConverter() is not Belopkonvertering || p.GetColumnType() != "numeric(14,2)")
            .Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}: {p.GetValueConverter()?.GetType().Name} {p.GetColumnType()}").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cases_amounts_are_read_back_as_amounts_in_a_query_and_on_the_loaded_case()
    {
        var sakId = await TestData.SakAsync(fixture);
        var lest = await fixture.QueryAsync(db => db.Saker.AsNoTracking().Where(s => s.Id == sakId).Select(s => new { s.Hovedstol, s.Renter, s.Omkostninger, s.Innbetalt }).SingleAsync());
        (lest.Hovedstol, lest.Renter, lest.Omkostninger, lest.Innbetalt).ShouldBe((new Belop(10_000m), new Belop(250m), new Belop(700m), Belop.Null));
        var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sakId));
        sak.Utestaende.ToString().ShouldBe("10\u00a0950,00 kr");
    }
}
