using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Begjaringer;

/// <summary>
/// Issue 12, M2: a postnummer Posten does not have, or a poststed that is not the postnummer's, is received and flagged to
/// the caseworker; «9999 Oslo» goes to Oslo, not Finnmark.
/// </summary>
public sealed class AdressekontrollTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<(string Kontor, string? Merknad)> MottaAsync(string postnummer, string poststed) =>
        (await MottaMedSaksnummerAsync(postnummer, poststed)) is var (_, kontor, merknad) ? (kontor, merknad) : default;

    private async Task<(string Saksnummer, string Kontor, string? Merknad)> MottaMedSaksnummerAsync(string postnummer, string poststed)
    {
        var kreditor = await TestData.KreditorAsync(fixture);
        var rad = TestData.Begjaring(Oslotid.IDag(fixture.Clock), Begjaringstype.Utlegg, "ADR-" + Guid.NewGuid().ToString("N")[..8], TestData.Fodselsnummer().Verdi, "Ola Nordmann", "Storgata 1", postnummer, poststed);
        var svar = await fixture.SendAsync(new SendBegjaringer.Command([rad]), TestUser.Kreditor(kreditor));
        var kvittering = svar.Kvitteringer.Single();
        kvittering.Status.ShouldBe(Kvittering.Mottatt, "the address is flagged, not refused");
        var kontor = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == kvittering.Saksnummer).Select(s => s.Kontor).SingleAsync());
        var detaljer = await fixture.SendAsync(new SakDetaljer.Query(kvittering.Saksnummer!), TestUser.Leder(kontor));
        return (kvittering.Saksnummer!, kontor, detaljer.Adressemerknad);
    }

    [Fact]
    public async Task A_postnummer_Posten_does_not_have_is_flagged_and_the_case_goes_to_the_office_of_its_poststed()
    {
        var (kontor, merknad) = await MottaAsync("9999", "Oslo");

        kontor.ShouldBe("OSLO");
        merknad.ShouldBe("Postnummer 9999 finnes ikke i Postens postnummerregister (per 22. januar 2026). Kontroller adressen i Folkeregisteret før brev sendes dit.");
    }

    [Fact]
    public async Task A_poststed_that_is_not_the_postnummers_is_flagged_and_the_postnummer_decides_the_office()
    {
        var (kontor, merknad) = await MottaAsync("9990", "Oslo");

        kontor.ShouldBe("FINNMARK");
        merknad.ShouldBe("Postnummer 9990 hører til BÅTSFJORD, ikke Oslo, i Postens postnummerregister (per 22. januar 2026). Kontroller adressen i Folkeregisteret før brev sendes dit.");
    }

    [Fact]
    public async Task An_address_Posten_knows_is_not_flagged()
    {
        var (kontor, merknad) = await MottaAsync("9990", "Båtsfjord");

        kontor.ShouldBe("FINNMARK");
        merknad.ShouldBeNull();
    }

    [Fact]
    public async Task A_caseworker_corrects_the_address_to_one_Posten_knows_and_each_open_case_records_it()
    {
        var (saksnummer, kontor, _) = await MottaMedSaksnummerAsync("9999", "Oslo");
        var leder = TestUser.Leder(kontor);
        var skyldnerId = await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.SkyldnerId).SingleAsync());

        var ukjent = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new RettAdresse.Command { SkyldnerId = skyldnerId, Adresse = "Storgata 1", Postnummer = "9998", Poststed = "Oslo" }, leder));
        var annetSted = await Should.ThrowAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(new RettAdresse.Command { SkyldnerId = skyldnerId, Adresse = "Storgata 1", Postnummer = "0155", Poststed = "Bergen" }, leder));
        var annetKontor = await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new RettAdresse.Command { SkyldnerId = skyldnerId, Adresse = "Storgata 1", Postnummer = "0155", Poststed = "Oslo" }, TestUser.Leder("VEST")));
        await fixture.SendAsync(new RettAdresse.Command { SkyldnerId = skyldnerId, Adresse = " Storgata 1 ", Postnummer = "0155", Poststed = "Oslo" }, leder);

        ukjent.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Postnummer", "Postnummeret 9998 finnes ikke i Postens postnummerregister.")]);
        annetSted.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Poststed", "Postnummer 0155 hører til OSLO i Postens postnummerregister, ikke Bergen.")]);
        annetKontor.Message.ShouldBe("Fant ikke skyldneren.");
        var skyldner = await fixture.QueryAsync(db => db.Skyldnere.AsNoTracking().SingleAsync(d => d.Id == skyldnerId));
        skyldner.Postadresse.ShouldBe("Storgata 1, 0155 Oslo");
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), leder)).Adressemerknad.ShouldBeNull();
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer) && h.Type == "ADRESSE_RETTET").Select(h => h.Beskrivelse).ToListAsync()))
            .ShouldBe(["Skyldnerens adresse er rettet fra «Storgata 1, 9999 Oslo» til «Storgata 1, 0155 Oslo»."]);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Kontor).SingleAsync())).ShouldBe(kontor, "the case stays with its office");
    }
}
