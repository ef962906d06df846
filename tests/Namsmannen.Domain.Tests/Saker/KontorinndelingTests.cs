using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

public sealed class KontorinndelingTests
{
    [Fact]
    public void The_ranges_cover_every_postnummer_once_and_every_office_has_some()
    {
        var dekket = new int[10_000];
        foreach (var (fra, til, _) in Kontorinndeling.Omrader)
        {
            for (var n = fra; n <= til; n++)
            {
                dekket[n]++;
            }
        }

        dekket.ShouldAllBe(n => n == 1);
        Kontorinndeling.Alle.Select(k => k.Kode).ShouldBe(Kontorinndeling.Omrader.Select(o => o.Kontor.Kode).Distinct(), ignoreOrder: true);
        Kontorinndeling.Alle.Count.ShouldBe(12);
    }

    [Theory]
    [InlineData("0150", "OSLO")]
    [InlineData("1337", "OSLO")]
    [InlineData("1710", "OST")]
    [InlineData("2317", "INNLANDET")]
    [InlineData("3015", "SOR_OST")]
    [InlineData("4006", "SOR_VEST")]
    [InlineData("4610", "AGDER")]
    [InlineData("5003", "VEST")]
    [InlineData("5525", "SOR_VEST")]
    [InlineData("6002", "MORE_OG_ROMSDAL")]
    [InlineData("6800", "VEST")]
    [InlineData("7011", "TRONDELAG")]
    [InlineData("8006", "NORDLAND")]
    [InlineData("9008", "TROMS")]
    [InlineData("9600", "FINNMARK")]
    public void A_postnummer_belongs_to_its_police_districts_office(string postnummer, string kontor) =>
        Kontorinndeling.Finn(postnummer).Kode.ShouldBe(kontor);

    [Theory]
    [InlineData("150")]
    [InlineData("01500")]
    [InlineData("O150")]
    [InlineData("")]
    public void A_postnummer_that_is_not_four_digits_is_refused_with_a_reason(string postnummer) =>
        Should.Throw<DomainException>(() => Kontorinndeling.Finn(postnummer)).Message
            .ShouldBe($"Postnummeret «{postnummer}» er ikke fire siffer, så saken kan ikke fordeles til et kontor.");

    [Fact]
    public void A_case_records_the_day_it_closed_and_forgets_it_if_it_is_open()
    {
        var dato = new DateOnly(2026, 11, 21);
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(dato, 9), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Vest, Begjaringstype.Utlegg, 1_000m, 0m, 0m, "R9", dato,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: dato.AddDays(-60)), dato.AddDays(-30), Mottakskanal.Skjema);
        sak.Kontor.ShouldBe("VEST");
        sak.Avsluttet.ShouldBeNull();

        sak.GjorHandling(Handling.GodtaBegjaring, dato.AddDays(2));
        sak.Avsluttet.ShouldBeNull();
        sak.RegistrerBetaling(new Domain.Penger.Belop(1_000m), dato.AddDays(9), Namsmannen.Application.Satser.SatsFil.Les());
        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
        sak.Avsluttet.ShouldBe(dato.AddDays(9));
    }

    [Fact]
    public void A_case_taken_over_from_history_must_say_when_it_closed_exactly_when_it_is_closed()
    {
        var dato = new DateOnly(2026, 6, 1);
        var grunnlag = new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: dato.AddDays(-60));
        Sak Lag(Saksstadium stadium, DateOnly? avsluttet) => Sak.FraHistorikk(Guid.NewGuid(), Saksnummer.Create(dato, 10), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo,
            Begjaringstype.Utlegg, 1_000m, 0m, 0m, "R10", dato, grunnlag, dato.AddDays(-30), stadium, null, null, avsluttet);

        Lag(Saksstadium.Henlagt, dato.AddDays(40)).Avsluttet.ShouldBe(dato.AddDays(40));
        Lag(Saksstadium.Utleggspant, null).Avsluttet.ShouldBeNull();
        const string melding = "En lukket sak må ha datoen den ble lukket, tidligst da den ble mottatt, og en åpen sak ingen slik dato.";
        Should.Throw<DomainException>(() => Lag(Saksstadium.Avsluttet, null)).Message.ShouldBe(melding);
        Should.Throw<DomainException>(() => Lag(Saksstadium.Utleggspant, dato)).Message.ShouldBe(melding);
        Should.Throw<DomainException>(() => Lag(Saksstadium.Avvist, dato.AddDays(-1))).Message.ShouldBe(melding);
    }
}
