using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Regler;

/// <summary>Issue 20: when a closed case's documents go and when it is anonymised, and the legal hold that stops both.</summary>
public sealed class OppbevaringTests
{
    private static readonly DateOnly Dato = new(2016, 2, 29);

    [Theory]
    [InlineData("2023-11-21", "2026-11-21", "2033-11-21")]
    [InlineData("2016-02-29", "2019-03-01", "2026-03-01")] // the cut-off of 28 February does not reach the 29th
    [InlineData("2024-02-29", "2027-03-01", "2034-03-01")]
    [InlineData("2020-12-31", "2023-12-31", "2030-12-31")]
    public void The_first_day_is_the_one_whose_cut_off_reaches_the_closing_day(string avsluttet, string dokumenter, string anonymisering)
    {
        var a = DateOnly.Parse(avsluttet, System.Globalization.CultureInfo.InvariantCulture);
        var d = Oppbevaring.DokumenterSlettes(a);
        var p = Oppbevaring.Anonymiseres(a);
        d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(dokumenter);
        p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(anonymisering);
        // The job's cut-off agrees: due on that day, not the day before.
        (a <= Oppbevaring.DokumenterAvsluttetSenest(d)).ShouldBeTrue();
        (a <= Oppbevaring.DokumenterAvsluttetSenest(d.AddDays(-1))).ShouldBeFalse();
        (a <= Oppbevaring.AnonymiseringAvsluttetSenest(p)).ShouldBeTrue();
        (a <= Oppbevaring.AnonymiseringAvsluttetSenest(p.AddDays(-1))).ShouldBeFalse();
    }

    [Fact]
    public void A_legal_hold_stops_the_deletion_and_is_set_and_lifted_with_a_reason_once()
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 7), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 0m, 0m, "R-7", Dato,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Api);
        sak.DokumenterSlettesFra.ShouldBeNull("an open case keeps everything");
        Should.Throw<DomainException>(() => sak.SlettDokumenter(new DateOnly(2030, 1, 1), 0, 0)).Message.ShouldBe($"Dokumentene i sak {sak.Saksnummer} kan ikke slettes nå.");
        sak.GjorHandling(Handling.Henlegg, Dato, "Trukket.");
        sak.DokumenterSlettesFra.ShouldBe(new DateOnly(2019, 3, 1));
        sak.AnonymiseresFra.ShouldBe(new DateOnly(2026, 3, 1));

        Should.Throw<DomainException>(() => sak.SettRettsligHold(Dato, " ")).Felt.ShouldBe("Grunn");
        Should.Throw<DomainException>(() => sak.SettRettsligHold(Dato, new string('x', Sak.HoldgrunnMaksLengde + 1))).Felt.ShouldBe("Grunn");
        sak.SettRettsligHold(new DateOnly(2019, 1, 2), " Søksmål. ");
        sak.RettsligHold.ShouldBe("Søksmål.");
        Should.Throw<DomainException>(() => sak.SlettDokumenter(new DateOnly(2019, 3, 1), 1, 0));
        Should.Throw<DomainException>(() => sak.SettRettsligHold(Dato, "Igjen.")).Message.ShouldBe("Saken har alt rettslig hold.");
        sak.OpphevRettsligHold(new DateOnly(2019, 6, 1), "Avgjort.");
        sak.RettsligHold.ShouldBeNull();
        Should.Throw<DomainException>(() => sak.OpphevRettsligHold(Dato, "Igjen.")).Message.ShouldBe("Saken har ikke rettslig hold.");

        Should.Throw<DomainException>(() => sak.SlettDokumenter(new DateOnly(2019, 2, 28), 1, 0), "the day before is too early");
        sak.SlettDokumenter(new DateOnly(2019, 6, 2), 1, 2);
        sak.DokumenterSlettet.ShouldBe(new DateOnly(2019, 6, 2));
        sak.Hendelser.OfType<Sakshendelse.RettsligHoldSatt>().Single().Grunn.ShouldBe("Søksmål.");
        sak.Hendelser.OfType<Sakshendelse.RettsligHoldOpphevet>().Single().ShouldBe(new Sakshendelse.RettsligHoldOpphevet(new DateOnly(2019, 6, 1), "Søksmål.", "Avgjort."));
        sak.Hendelser.OfType<Sakshendelse.DokumenterSlettet>().Single().ShouldBe(new Sakshendelse.DokumenterSlettet(1, 2, Dato));
        Should.Throw<DomainException>(() => sak.SlettDokumenter(new DateOnly(2019, 6, 3), 0, 0), "only once");
    }
}
