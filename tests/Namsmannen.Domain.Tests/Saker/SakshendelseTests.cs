using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Tests.Saker;

public sealed class SakshendelseTests
{
    private static readonly Namsmannen.Domain.Satser.Satsbok Satser = Namsmannen.Application.Satser.SatsFil.Les();

    private static readonly DateOnly Dato = new(2026, 11, 23);

    private static Sak NySak() => Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 3), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 500m, 700m, "R-3", Dato,
        new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Csv, "saker.csv");

    [Fact]
    public void Every_change_raises_its_fact_in_the_order_it_happened()
    {
        var sak = NySak();
        sak.TildelTil("sb-1", "Kari Nordmann");
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.RegistrerBetaling(new Belop(1_200m), Dato, Satser);
        sak.ReduserKrav(9_000m, 500m, 700m, Dato, Satser);
        sak.RegistrerBetaling(new Belop(9_000m), Dato, Satser);

        sak.Hendelser.ShouldBe(
        [
            new Mottatt(Dato, Mottakskanal.Csv, "saker.csv"),
            new Tildelt(null, "sb-1", "Kari Nordmann"),
            new Stadiumendring(sak.Id, sak.Saksnummer, Handling.GodtaBegjaring, Saksstadium.BegjaringMottatt, Saksstadium.Godtatt, Dato, null),
            new BrevBestilt(sak.Brev.Single().Id, Brevart.Kvittering, Brevmottaker.Kreditor),
            new BetalingRegistrert(new Belop(1_200m), Dato, Belop.Null, new Belop(1_200m), new Belop(10_000m)),
            new KravRedusert(Dato, new Kravdeler(new Belop(10_000m), new Belop(500m), new Belop(700m)), new Kravdeler(new Belop(9_000m), new Belop(500m), new Belop(700m))),
            new BetalingRegistrert(new Belop(9_000m), Dato, new Belop(1_200m), new Belop(10_200m), Belop.Null),
            new Stadiumendring(sak.Id, sak.Saksnummer, Handling.RegistrerFullBetaling, Saksstadium.Godtatt, Saksstadium.Avsluttet, Dato, $"Betalt {new Belop(9_000m)}; hele kravet med renter er dekket."),
        ]);

        sak.FjernHendelser();
        sak.Hendelser.ShouldBeEmpty();
    }

    [Fact]
    public void A_refused_change_raises_nothing()
    {
        var sak = NySak();
        sak.FjernHendelser();

        Should.Throw<DomainException>(() => sak.RegistrerBetaling(Belop.Null, Dato, Satser));
        Should.Throw<DomainException>(() => sak.ReduserKrav(11_000m, 500m, 700m, Dato, Satser));
        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.TaUtleggspant, Dato));

        sak.Hendelser.ShouldBeEmpty();
    }

    [Fact]
    public void A_case_taken_over_records_the_takeover_with_what_was_paid_and_its_receipt_when_known()
    {
        var grunnlag = new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60));
        var betalt = Sak.FraHistorikk(Guid.NewGuid(), Saksnummer.Create(Dato, 4), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 1_000m, 0m, 0m, "R-4", Dato, grunnlag, null,
            Saksstadium.Avsluttet, null, avsluttet: Dato.AddDays(5), innbetalt: 1_000m, mottattGjennom: Mottakskanal.Api);

        betalt.Utestaende.ShouldBe(new Belop(0m));
        betalt.Hendelser.ShouldBe([new Mottatt(Dato, Mottakskanal.Api, null), new OverfortFraHistorikk(Dato, Saksstadium.Avsluttet)]);
        Should.Throw<DomainException>(() => Sak.FraHistorikk(Guid.NewGuid(), Saksnummer.Create(Dato, 5), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 1_000m, 0m, 0m, "R-5", Dato, grunnlag, null,
            Saksstadium.Godtatt, null, innbetalt: 1_000m)).Message.ShouldBe("Det innbetalte kan ikke være negativt eller større enn kravet, og en sak som er betalt fullt ut, er avsluttet.");
    }

    [Fact]
    public void A_registered_payment_is_kept_with_who_registered_it_and_a_refused_one_is_not()
    {
        var sak = NySak();
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        var naa = new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);

        sak.BokforBetaling(new Belop(1_200m), Dato.AddDays(-2), Satser, Dato, naa, "Kari Nordmann").ShouldBeNull();
        Should.Throw<DomainException>(() => sak.BokforBetaling(Belop.Null, Dato, Satser, Dato, naa, "Kari Nordmann"));

        sak.Betalinger.Select(b => (b.Belop, b.Betalt, b.Registrert, b.RegistrertAvNavn)).ShouldBe([(new Belop(1_200m), Dato.AddDays(-2), naa, "Kari Nordmann")]);
        sak.Innbetalt.ShouldBe(new Belop(1_200m));
    }
}
