using Namsmannen.Application.Satser;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Satser;

public sealed class SatstabellTests
{
    private static readonly Satsbok Satser = SatsFil.Les();

    [Fact]
    public void The_data_file_holds_every_row_of_the_domain_description()
    {
        Satser.Rettsgebyr.Rader.Select(r => (r.Fra.Year, r.Verdi)).ShouldBe(
            [(2016, 1025m), (2017, 1049m), (2018, 1130m), (2019, 1150m), (2020, 1172m), (2021, 1199m), (2022, 1223m), (2023, 1243m), (2024, 1277m), (2025, 1314m), (2026, 1345m)]);
        Satser.Grunnbelop.Finn(new DateOnly(2026, 5, 1)).Verdi.ShouldBe(136_549m);
        Satser.Grunnbelop.Finn(new DateOnly(2026, 4, 30)).Verdi.ShouldBe(130_160m);
        Satser.Livsopphold.Rader.Count.ShouldBe(4);
        Satser.Forsinkelsesrente.Rader.Count.ShouldBe(13);
        Satser.Forsinkelsesrente.Rader.Count(r => r.Avledet).ShouldBe(7, "derived rows are marked for an administrator to confirm");
        Satser.Gebyrmultiplikatorer[RettsgebyrSteg.Utlegg].Finn(new DateOnly(2021, 6, 1)).Verdi.ShouldBe(1.25m);
    }

    [Fact]
    public void A_row_holds_until_the_next_change_even_across_renewal_dates()
    {
        // 8,50 % from 1 July 2016 until 8,75 % from 1 January 2019: the table lists changes only.
        var lookup = Satser.Forsinkelsesrente.Finn(new DateOnly(2018, 3, 1));
        lookup.Status.ShouldBe(SatsStatus.Gyldig);
        lookup.Verdi.ShouldBe(8.50m);
    }

    [Fact]
    public void A_date_before_the_table_is_missing_never_a_fallback()
    {
        var lookup = Satser.Rettsgebyr.Finn(new DateOnly(2015, 12, 31));
        lookup.Status.ShouldBe(SatsStatus.Mangler);
        lookup.Rad.ShouldBeNull();
        Should.Throw<DomainException>(() => lookup.Verdi).Message.ShouldBe("Rettsgebyret mangler for 31. desember 2015: tabellen starter 1. januar 2016.");
    }

    [Fact]
    public void A_fee_or_interest_rate_past_its_renewal_is_missing()
    {
        var r = Satser.Rettsgebyr.Finn(new DateOnly(2027, 1, 1));
        r.Status.ShouldBe(SatsStatus.Mangler);
        r.Advarsel.ShouldBe("Rettsgebyret fra 1. januar 2027 mangler, så rettsgebyret for 1. januar 2027 er ukjent.");
        Satser.Forsinkelsesrente.Finn(new DateOnly(2026, 6, 30)).Status.ShouldBe(SatsStatus.Gyldig);
        Satser.Forsinkelsesrente.Finn(new DateOnly(2026, 7, 1)).Status.ShouldBe(SatsStatus.Mangler);
    }

    [Fact]
    public void A_stale_livsopphold_row_is_used_but_flagged()
    {
        var lookup = Satser.Livsopphold.Finn(new DateOnly(2026, 11, 21));
        lookup.Status.ShouldBe(SatsStatus.Utdatert);
        lookup.Rad!.Fra.ShouldBe(new DateOnly(2024, 7, 1));
        lookup.Advarsel.ShouldBe("Livsoppholdssatsene fra 1. juli 2025 mangler; satsene fra 1. juli 2024 er brukt.");
        Satser.Advarsler(new DateOnly(2026, 11, 21)).ShouldContain("Livsoppholdssatsene fra 1. juli 2025 mangler; satsene fra 1. juli 2024 er brukt.");
        Satser.Advarsler(new DateOnly(2024, 10, 1)).ShouldBeEmpty();
    }
}
