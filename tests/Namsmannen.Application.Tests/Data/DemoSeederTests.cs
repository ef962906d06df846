using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;

namespace Namsmannen.Application.Tests.Data;

public sealed class DemoSeederTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Seeds_an_office_with_valid_ids_and_cases_in_every_stage_once()
    {
        await fixture.ExecuteAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default));
        await fixture.ExecuteAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default));

        (await fixture.QueryAsync(db => db.Saker.CountAsync())).ShouldBe(DemoSeeder.AntallSaker);
        (await fixture.QueryAsync(db => db.Users.CountAsync())).ShouldBe(DemoBrukere.Alle.Count);
        (await fixture.QueryAsync(db => db.Kreditorer.CountAsync())).ShouldBe(4);

        var stages = await fixture.QueryAsync(db => db.Saker.Select(s => s.Stadium).Distinct().ToListAsync());
        stages.Order().ShouldBe(Enum.GetValues<Saksstadium>().Order());

        var debtors = await fixture.QueryAsync(db => db.Skyldnere.AsNoTracking().ToListAsync());
        debtors.Where(d => d.Type == Skyldnertype.Person).ShouldAllBe(d => GyldigFodselsnummer(d.Identifikator));
        debtors.Where(d => d.Type == Skyldnertype.Virksomhet).ShouldAllBe(d => GyldigOrganisasjonsnummer(d.Identifikator));
        debtors.Count(d => d.Type == Skyldnertype.Virksomhet).ShouldBeGreaterThan(0);
        // Issue 12, M2: every debtor lives at an address Posten's register knows, but one, whose case page shows the notice.
        var register = global::Namsmannen.Application.Adresser.Postnummerkilde.Innebygd();
        debtors.Where(d => register.Kontroller(d.Postnummer, d.Poststed) != Adressekontroll.Godkjent).Select(d => $"{d.Postnummer} {d.Poststed}").ShouldBe(["0999 Oslo"]);
        var creditorOrgnr = await fixture.QueryAsync(db => db.Kreditorer.Select(k => k.Organisasjonsnummer).ToListAsync());
        creditorOrgnr.ShouldAllBe(o => GyldigOrganisasjonsnummer(o));

        var everyCaseHasItsReceipt = await fixture.QueryAsync(db => db.Saker.AllAsync(s => db.SaksHendelser.Any(h => h.SakId == s.Id && h.Type == "BEGJARING_MOTTATT")));
        everyCaseHasItsReceipt.ShouldBeTrue();

        // Every case in utleggstrekk has its decision with the calculation behind it (issue 15: 26-000097 had none).
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Stadium == Saksstadium.Utleggstrekk).AllAsync(s => db.Trekk.Any(t => t.SakId == s.Id && t.BelopPerManed > 0))))
            .ShouldBeTrue();
        (await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.Stadium == Saksstadium.Utleggstrekk))).ShouldBeGreaterThan(0);

        // Issue 19: two test persons for «Min sak», the second reading nynorsk, each with the letter about their trekk.
        var testpersoner = await fixture.QueryAsync(db => Namsmannen.Hosting.Demo.Testskyldnere.FinnAsync(db, default));
        testpersoner.Select(t => t.Malform).ShouldBe([null, Namsmannen.Domain.Parter.Malform.Nynorsk]);
        foreach (var (fnr, _, _) in testpersoner)
        {
            (await fixture.QueryAsync(db => db.Brev.Join(db.Saker, b => b.SakId, s => s.Id, (b, s) => new { b.Art, b.Mottaker, s.SkyldnerId })
                .Join(db.Skyldnere.Where(d => d.Identifikator == fnr), x => x.SkyldnerId, d => d.Id, (x, d) => x)
                .CountAsync(x => x.Art == Brevart.UnderretningUtleggstrekk && x.Mottaker == Brevmottaker.Skyldner))).ShouldBe(1);
        }

        // Issue 20: one closed case of the supervisor's office under a legal hold, with its line in the audit log.
        var holdt = await fixture.QueryAsync(db => db.Saker.Where(s => s.RettsligHold != null).Select(s => new { s.Id, s.Avsluttet, s.Kontor }).ToListAsync());
        holdt.Count.ShouldBe(1);
        holdt[0].Avsluttet.ShouldNotBeNull();
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == holdt[0].Id && h.Type == "RETTSLIG_HOLD_SATT" && h.UtfortAvNavn == "Ingrid Solheim"))).ShouldBe(1);
    }

    private static bool GyldigFodselsnummer(string nummer) => Fodselsnummer.TryParse(nummer, out _, out _);

    private static bool GyldigOrganisasjonsnummer(string nummer) => Organisasjonsnummer.TryParse(nummer, out _, out _);
}
