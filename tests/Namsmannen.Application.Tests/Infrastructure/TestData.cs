using Microsoft.EntityFrameworkCore;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>Small builders for rows a test needs as its starting point.</summary>
public static class TestData
{
    private static int counter;

    public static Organisasjonsnummer Organisasjonsnummer()
    {
        while (true)
        {
            var n = Interlocked.Increment(ref counter);
            if (Domain.Identifikatorer.Organisasjonsnummer.Create((91000000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } orgnr)
            {
                return orgnr;
            }
        }
    }

    public static Fodselsnummer Fodselsnummer()
    {
        while (true)
        {
            var n = Interlocked.Increment(ref counter);
            if (Domain.Identifikatorer.Fodselsnummer.Create(new DateOnly(1980, 1, 1).AddDays(n % 9000), n % 500) is { } fnr)
            {
                return fnr;
            }
        }
    }

    public static async Task<Guid> KreditorAsync(DatabaseFixture fixture, string navn = "Testkreditor AS") =>
        await fixture.QueryAsync(async db =>
        {
            var kreditor = new Kreditor(Guid.NewGuid(), navn, Organisasjonsnummer(), erSaernamsmann: false);
            db.Kreditorer.Add(kreditor);
            await db.SaveChangesAsync();
            return kreditor.Id;
        });

    /// <summary>A person debtor with the given name and postnummer (which decides the office of their cases).</summary>
    public static async Task<Guid> SkyldnerAsync(DatabaseFixture fixture, string navn, string postnummer) =>
        await fixture.QueryAsync(async db =>
        {
            var skyldner = Skyldner.Person(Guid.NewGuid(), Fodselsnummer(), navn, "Gata 1", postnummer, "Sted");
            db.Skyldnere.Add(skyldner);
            await db.SaveChangesAsync();
            return skyldner.Id;
        });

    public static async Task<Guid> SakAsync(DatabaseFixture fixture, Guid? kreditorId = null, Begjaringstype type = Begjaringstype.Utlegg, Guid? skyldnerId = null)
    {
        var kreditor = kreditorId ?? await KreditorAsync(fixture);
        return await fixture.QueryAsync(async db =>
        {
            var skyldner = skyldnerId is { } sid
                ? await db.Skyldnere.SingleAsync(d => d.Id == sid)
                : Skyldner.Person(Guid.NewGuid(), Fodselsnummer(), "Ola Nordmann", "Storgata 1", "0155", "Oslo");
            if (skyldnerId is null)
            {
                db.Skyldnere.Add(skyldner);
            }

            var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
            var grunnlag = new Domain.Regler.Tvangsgrunnlag(Domain.Regler.Grunnlagstype.Skriftstykke, Forfall: today.AddDays(-60));
            var sak = Sak.Motta(Guid.NewGuid(), await db.NesteSaksnummerAsync(today, default), kreditor, skyldner.Id, Kontorinndeling.Finn(skyldner.Postnummer), type, 10_000m, 250m, 700m, "REF-" + Guid.NewGuid().ToString("N")[..8], today, grunnlag, today.AddDays(-30), Mottakskanal.Skjema);
            db.Saker.Add(sak);
            await db.SaveChangesAsync();
            return sak.Id;
        });
    }
}
