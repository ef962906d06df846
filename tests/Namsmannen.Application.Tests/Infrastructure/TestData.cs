using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>Small builders for rows a test needs as its starting point.</summary>
public static class TestData
{
    private static int counter;

    /// <summary>
    /// The caseworker's reason for holding an utleggsforretning without a varsel (§ 7-10), for tests that take a case
    /// straight from godtatt to the forretning; the rule itself is tested in <c>VarselTests</c>.
    /// </summary>
    public const string UtenVarsel = "Skyldneren har sagt at bilen skal selges i morgen; et varsel ville forspille formålet.";

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

    /// <summary>A caseworker of <paramref name="kontor"/> stored as a user (cases they take refer to them), as the commands see them.</summary>
    public static async Task<TestUser> SaksbehandlerAsync(DatabaseFixture fixture, string kontor, string navn, string? epost = null)
    {
        epost ??= $"{Guid.NewGuid():N}@kontor.test";
        var id = await fixture.QueryAsync(async db =>
        {
            var bruker = new Identity.Bruker { UserName = epost, NormalizedUserName = epost.ToUpperInvariant(), Email = epost, FulltNavn = navn, Kontor = kontor, SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(bruker);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = bruker.Id, RoleId = Identity.Roller.Saksbehandler.ToLowerInvariant() });
            await db.SaveChangesAsync();
            return bruker.Id;
        });
        return TestUser.Saksbehandler(kontor, navn, id);
    }

    public static async Task<Guid> KreditorAsync(DatabaseFixture fixture, string navn = "Testkreditor AS") =>
        await fixture.QueryAsync(async db =>
        {
            var kreditor = new Kreditor(Guid.NewGuid(), navn, Organisasjonsnummer(), erSaernamsmann: false);
            db.Kreditorer.Add(kreditor);
            await db.SaveChangesAsync();
            return kreditor.Id;
        });

    private static readonly Lazy<Domain.Parter.Postnummerregister> Postnummerregister = new(global::Namsmannen.Application.Adresser.Postnummerkilde.Innebygd);

    /// <summary>A person debtor with the given name and postnummer (which decides the office of their cases), at its poststed in Posten's register.</summary>
    public static async Task<Guid> SkyldnerAsync(DatabaseFixture fixture, string navn, string postnummer) =>
        await fixture.QueryAsync(async db =>
        {
            var skyldner = Skyldner.Person(Guid.NewGuid(), Fodselsnummer(), navn, "Gata 1", postnummer, Postnummerregister.Value.Finn(postnummer)?.Navn ?? "Sted");
            db.Skyldnere.Add(skyldner);
            await db.SaveChangesAsync();
            return skyldner.Id;
        });

    /// <summary>
    /// A case as production makes one: the creditor sends a begjæring through the portal form's command
    /// (<see cref="SendBegjaring"/>), which reads it, builds it with the domain and journals its receipt. The debtor is
    /// <paramref name="skyldnerId"/>'s, or a new person in Oslo. The claim is 10 000 + 250 + 700 kr.
    /// </summary>
    public static async Task<Guid> SakAsync(DatabaseFixture fixture, Guid? kreditorId = null, Begjaringstype type = Begjaringstype.Utlegg, Guid? skyldnerId = null)
    {
        var kreditor = kreditorId ?? await KreditorAsync(fixture);
        var skyldner = skyldnerId is { } sid
            ? await fixture.QueryAsync(db => db.Skyldnere.AsNoTracking().SingleAsync(d => d.Id == sid))
            : Skyldner.Person(Guid.NewGuid(), Fodselsnummer(), "Ola Nordmann", "Storgata 1", "0155", "Oslo");
        var rad = Begjaring(Oslotid.IDag(fixture.Clock), type, "REF-" + Guid.NewGuid().ToString("N")[..8], skyldner.Identifikator, skyldner.Navn, skyldner.Adresse, skyldner.Postnummer, skyldner.Poststed);
        var saksnummer = (await fixture.SendAsync(new SendBegjaring.Command(rad, []), new TestUser { Navn = "Testkreditor AS", KreditorId = kreditor })).Saksnummer;
        return await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Id).SingleAsync());
    }

    /// <summary>
    /// A begjæring that intake on <paramref name="idag"/> takes: a grunnlag that fits the kind (skriftstykke, avtalepant,
    /// salgspant) fallen due 60 days ago, a varsel sent 30 days ago, and a claim of 10 000 + 250 + 700 kr.
    /// </summary>
    public static Begjaringsrad Begjaring(DateOnly idag, Begjaringstype type, string referanse, string identifikator, string navn, string adresse, string postnummer, string poststed) => new()
    {
        Referanse = referanse,
        Type = BegjaringLeser.Kode(type),
        SkyldnerIdentifikator = identifikator,
        SkyldnerNavn = navn,
        SkyldnerAdresse = adresse,
        SkyldnerPostnummer = postnummer,
        SkyldnerPoststed = poststed,
        GrunnlagType = BegjaringLeser.Kode(type switch
        {
            Begjaringstype.Tvangssalg => Grunnlagstype.Avtalepant,
            Begjaringstype.Tilbakelevering => Grunnlagstype.Salgspant,
            _ => Grunnlagstype.Skriftstykke,
        }),
        GrunnlagForfall = Iso(idag.AddDays(-60)),
        Hovedstol = "10000",
        Renter = "250",
        Omkostninger = "700",
        VarselSendt = Iso(idag.AddDays(-30)),
    };

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
