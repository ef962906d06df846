using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Parter;

/// <summary>Issue 12, M2: an address Posten's register does not know as given is flagged, and «9999 Oslo» goes to Oslo.</summary>
public sealed class PostnummerregisterTests
{
    private static readonly Postnummerregister Register = new(new DateOnly(2026, 1, 22),
    [
        new("0150", "OSLO", "0301", "OSLO", 'G'),
        new("0155", "OSLO", "0301", "OSLO", 'G'),
        new("8601", "MO I RANA", "1833", "RANA", 'G'),
        new("9990", "BÅTSFJORD", "5632", "BÅTSFJORD", 'G'),
        // One poststed in two offices' ranges.
        new("2150", "NES", "3228", "NES", 'G'),
        new("6315", "NES", "1539", "RAUMA", 'G'),
    ]);

    [Theory]
    [InlineData("0155", "Oslo", Adressekontroll.Godkjent)]
    [InlineData("0155", " OSLO ", Adressekontroll.Godkjent)]
    [InlineData("8601", "Mo i  Rana", Adressekontroll.Godkjent)]
    [InlineData("8601", "Mo-i-Rana", Adressekontroll.Godkjent)]
    [InlineData("9990", "båtsfjord", Adressekontroll.Godkjent)]
    [InlineData("9999", "Oslo", Adressekontroll.UkjentPostnummer)]
    [InlineData("9990", "Oslo", Adressekontroll.AnnetPoststed)]
    [InlineData("0155", "Bergen", Adressekontroll.AnnetPoststed)]
    public void An_address_is_checked_against_the_register(string postnummer, string poststed, Adressekontroll forventet) =>
        Register.Kontroller(postnummer, poststed).ShouldBe(forventet);

    [Theory]
    [InlineData("9999", "Oslo", "OSLO")] // unknown number, known poststed in one office: by the poststed
    [InlineData("9999", "Nes", "FINNMARK")] // the poststed lies in two offices: by the number's range, as before
    [InlineData("9999", "Atlantis", "FINNMARK")] // unknown poststed: by the range
    [InlineData("9990", "Oslo", "FINNMARK")] // a known number decides, whatever the poststed
    [InlineData("0155", "Båtsfjord", "OSLO")]
    public void A_case_goes_to_the_office_of_its_postnummer_or_when_Posten_has_no_such_number_of_its_poststed(string postnummer, string poststed, string kontor) =>
        Kontorinndeling.Finn(postnummer, poststed, Register).Kode.ShouldBe(kontor);

    [Fact]
    public void A_postnummer_twice_is_refused()
    {
        var feil = Should.Throw<ArgumentException>(() => new Postnummerregister(new DateOnly(2026, 1, 22), [new("0150", "OSLO", "0301", "OSLO", 'G'), new("0150", "OSLO", "0301", "OSLO", 'P')]));
        feil.Message.ShouldStartWith("Postnummeret 0150 står to ganger i registeret.");
    }

    [Fact]
    public void A_poststed_lists_its_postnumre()
    {
        Register.MedPoststed("oslo").Select(p => p.Postnummer).ShouldBe(["0150", "0155"]);
        Register.MedPoststed("Tromsø").ShouldBeEmpty();
        Register.Finn(" 0150 ")!.Kommunenavn.ShouldBe("OSLO");
        Register.Antall.ShouldBe(6);
    }
}
