using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Penger;

/// <summary>Issue 16: the case ledger. Balances come from the entries alone; interest is recomputed, never stored as a total.</summary>
public sealed class KontoutskriftTests
{
    private static readonly Satsbok Satser = SatsFil.Les();
    private static readonly DateOnly Mottatt = new(2025, 1, 10);

    private static Kontopost Post(DateOnly dato, Posttype type, Komponent komponent, decimal kroner) => new(dato, dato, type, komponent, new Belop(kroner));

    private static Kontopost[] Krav(decimal hovedstol, decimal renter, decimal omkostninger) =>
    [
        Post(Mottatt, Posttype.Krav, Komponent.Hovedstol, hovedstol),
        Post(Mottatt, Posttype.Krav, Komponent.Renter, renter),
        Post(Mottatt, Posttype.Krav, Komponent.Omkostninger, omkostninger),
    ];

    [Fact]
    public void Interest_runs_on_the_remaining_hovedstol_only_split_where_a_payment_lowers_it_and_where_the_rate_changes()
    {
        // 10 000 kr from 10.01.2025; 4 000 kr of hovedstol paid on 01.03.2025; balance on 01.08.2025 (12,50 % to 30.06, then 12,25 %).
        var konto = new Kontoutskrift([.. Krav(10_000m, 500m, 700m), Post(new(2025, 3, 1), Posttype.Betaling, Komponent.Hovedstol, -4_000m)], Mottatt);

        var saldo = konto.SaldoPa(new DateOnly(2025, 8, 1), Satser);

        var forventet = Forsinkelsesrente.Beregn(new Belop(10_000m), Mottatt, new(2025, 3, 1), Satser).Renter
            + Forsinkelsesrente.Beregn(new Belop(6_000m), new(2025, 3, 1), new(2025, 8, 1), Satser).Renter;
        saldo.Saldo.Renter.ShouldBe(new Belop(500m) + forventet);
        saldo.Renteperioder.Select(p => (p.Fra, p.Til, p.Sats)).ShouldBe(
        [
            (Mottatt, new DateOnly(2025, 3, 1), 12.50m),
            (new DateOnly(2025, 3, 1), new DateOnly(2025, 7, 1), 12.50m),
            (new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1), 12.25m),
        ]);
        // 10 000 × 12,5 % × 50/365 = 171,23; 6 000 × 12,5 % × 122/365 = 250,68; 6 000 × 12,25 % × 31/365 = 62,42.
        forventet.ShouldBe(new Belop(171.23m + 250.68m + 62.42m));
        saldo.Saldo.Hovedstol.ShouldBe(new Belop(6_000m));
        saldo.Saldo.Omkostninger.ShouldBe(new Belop(700m));
        saldo.Advarsel.ShouldBeNull();
    }

    [Fact]
    public void A_payment_of_exactly_the_balance_with_interest_leaves_nothing_and_one_ore_less_leaves_one_ore()
    {
        var konto = new Kontoutskrift(Krav(8_000m, 250m, 1_345m), Mottatt);
        var dag = new DateOnly(2025, 6, 2);
        var saldo = konto.SaldoPa(dag, Satser).Saldo;

        var alt = Kontoutskrift.Avregn(saldo, saldo.Sum);
        var nestenAlt = Kontoutskrift.Avregn(saldo, saldo.Sum - new Belop(0.01m));

        Rest(saldo, alt).Sum.ShouldBe(Belop.Null);
        alt.Overskudd.ShouldBe(Belop.Null);
        alt.Poster.Select(p => p.Komponent).ShouldBe([Komponent.Omkostninger, Komponent.Renter, Komponent.Hovedstol], "costs, then interest, then principal");
        Rest(saldo, nestenAlt).ShouldBe(new Saldo(new Belop(0.01m), Belop.Null, Belop.Null, Belop.Null));
    }

    [Fact]
    public void The_creditor_may_order_the_principal_first_and_an_overpayment_is_owed_back()
    {
        var saldo = new Saldo(new Belop(1_000m), new Belop(100m), new Belop(50m), Belop.Null);

        var avregning = Kontoutskrift.Avregn(saldo, new Belop(1_200m), [Komponent.Hovedstol]);

        avregning.Poster.ShouldBe([(Komponent.Hovedstol, new Belop(1_000m)), (Komponent.Omkostninger, new Belop(50m)), (Komponent.Renter, new Belop(100m))]);
        avregning.Overskudd.ShouldBe(new Belop(50m));
    }

    [Fact]
    public void A_missing_rate_gives_a_notice_naming_the_half_year_and_interest_up_to_the_last_known_day()
    {
        var konto = new Kontoutskrift(Krav(10_000m, 0m, 0m), Mottatt);
        var senere = Satser.Forsinkelsesrente.Fornyes!.Value.AddMonths(2);

        var saldo = konto.SaldoPa(senere, Satser);

        saldo.Advarsel.ShouldNotBeNull();
        saldo.Advarsel.ShouldContain("er ikke fastsatt i satstabellen");
        saldo.RenterTil.ShouldBe(Satser.Forsinkelsesrente.Fornyes!.Value);
        saldo.Saldo.Renter.ShouldBe(Forsinkelsesrente.Beregn(new Belop(10_000m), Mottatt, saldo.RenterTil, Satser).Renter);
    }

    private static Sak SakFra(DateOnly mottatt) => Sak.Motta(Guid.NewGuid(), Saksnummer.Create(mottatt, 41), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 8_000m, 250m, 1_345m, "K-1", mottatt,
        new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: mottatt.AddDays(-60)), mottatt.AddDays(-30), Mottakskanal.Skjema);

    [Fact]
    public void A_case_paid_the_balance_with_interest_closes_the_same_day_and_one_ore_less_leaves_it_open_owing_one_ore()
    {
        var dag = new DateOnly(2025, 6, 2);
        var helt = SakFra(Mottatt);
        var nesten = SakFra(Mottatt);
        var saldo = helt.Konto.SaldoPa(dag, Satser).Saldo;
        // 8 000 kr × 12,5 % × 143/365 = 391,78 kr of interest on top of the claim.
        saldo.Sum.ShouldBe(new Belop(8_000m + 250m + 1_345m + 391.78m));

        helt.RegistrerBetaling(saldo.Sum, dag, Satser)!.Til.ShouldBe(Saksstadium.Avsluttet);
        nesten.RegistrerBetaling(saldo.Sum - new Belop(0.01m), dag, Satser).ShouldBeNull();

        helt.Utestaende.ShouldBe(new Belop(0m));
        nesten.Utestaende.ShouldBe(new Belop(0.01m));
        nesten.Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
        nesten.Konto.Bokfort.Kroner.ShouldBe(nesten.Utestaende, "the booked entries sum to what the case says is owed");
        nesten.Poster.Where(p => p.Type == Posttype.Forsinkelsesrente).Select(p => (p.RenterFra, p.RenterTil, p.Belop)).ShouldBe([(Mottatt, dag, new Belop(391.78m))]);
        nesten.Konto.SaldoPa(dag, Satser).Saldo.ShouldBe(new Saldo(new Belop(0.01m), Belop.Null, Belop.Null, Belop.Null));
        Should.Throw<DomainException>(() => nesten.RegistrerBetaling(new Belop(0.01m), dag.AddDays(-1), Satser)).Message.ShouldBe("Datoen kan ikke være før siste postering på saken (02.06.2025).");
    }

    private static Saldo Rest(Saldo saldo, Avregning avregning) => avregning.Poster.Aggregate(saldo, (rest, p) => rest.Uten(p.Komponent, p.Belop));

    private static readonly Komponent[] Komponenter = Enum.GetValues<Komponent>();

    [Property(MaxTest = 200)]
    public Property The_balance_of_each_component_is_the_sum_of_its_entries_and_interest_is_the_calculators_stretch_by_stretch()
    {
        var gen =
            from hovedstol in Gen.Choose(1, 5_000_000)
            from renter in Gen.Choose(0, 500_000)
            from omkostninger in Gen.Choose(0, 500_000)
            from gebyr in Gen.Choose(0, 300_000)
            from betalinger in (from dag in Gen.Choose(1, 400) from kroner in Gen.Choose(1, 100_000) select (dag, kroner)).ListOf().Select(l => l.Take(6).ToArray())
            from dager in Gen.Choose(0, 450)
            select (hovedstol, renter, omkostninger, gebyr, betalinger, dager);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var poster = new List<Kontopost>(Krav(c.hovedstol, c.renter / 100m, c.omkostninger / 100m)) { Post(Mottatt.AddDays(3), Posttype.Rettsgebyr, Komponent.Rettsgebyr, c.gebyr / 100m) };
            var igjen = c.hovedstol;
            foreach (var (dag, kroner) in c.betalinger)
            {
                var trekk = Math.Min(kroner, igjen);
                igjen -= trekk;
                poster.Add(Post(Mottatt.AddDays(dag), Posttype.Betaling, Komponent.Hovedstol, -trekk));
            }

            var dato = Mottatt.AddDays(c.dager);
            var saldo = new Kontoutskrift(poster, Mottatt).SaldoPa(dato, Satser);

            foreach (var k in new[] { Komponent.Hovedstol, Komponent.Omkostninger, Komponent.Rettsgebyr })
            {
                saldo.Saldo[k].ShouldBe(poster.Where(p => p.Komponent == k && p.Valuteringsdato <= dato).Aggregate(Belop.Null, (s, p) => s + p.Belop));
            }

            // The interest is the public calculator's on each stretch of constant hovedstol.
            var grenser = poster.Where(p => p.Komponent == Komponent.Hovedstol && p.Valuteringsdato > Mottatt && p.Valuteringsdato < dato).Select(p => p.Valuteringsdato)
                .Prepend(Mottatt).Append(dato).Distinct().Order().ToList();
            var forventet = Belop.Null;
            for (var i = 0; i + 1 < grenser.Count; i++)
            {
                var h = poster.Where(p => p.Komponent == Komponent.Hovedstol && p.Valuteringsdato <= grenser[i]).Aggregate(Belop.Null, (s, p) => s + p.Belop);
                forventet += h > Belop.Null ? Forsinkelsesrente.Beregn(h, grenser[i], grenser[i + 1], Satser).Renter : Belop.Null;
            }

            saldo.Saldo.Renter.ShouldBe(new Belop(c.renter / 100m) + forventet);
        });
    }

    [Property(MaxTest = 300)]
    public Property A_payment_never_makes_a_component_negative_and_credits_plus_overpayment_equal_the_payment()
    {
        var gen =
            from deler in Gen.Choose(0, 2_000_000).ArrayOf(4)
            from ore in Gen.Choose(1, 9_000_000)
            from forst in Gen.Elements(Komponenter).ArrayOf().Select(a => a.Take(3).ToArray())
            select (deler, ore, forst);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var saldo = new Saldo(new Belop(c.deler[0] / 100m), new Belop(c.deler[1] / 100m), new Belop(c.deler[2] / 100m), new Belop(c.deler[3] / 100m));
            var belop = new Belop(c.ore / 100m);

            var avregning = Kontoutskrift.Avregn(saldo, belop, c.forst);

            var rest = Rest(saldo, avregning);
            Komponenter.ShouldAllBe(k => rest[k] >= Belop.Null);
            (avregning.Poster.Aggregate(Belop.Null, (s, p) => s + p.Belop) + avregning.Overskudd).ShouldBe(belop);
            avregning.Overskudd.ShouldBe(Belop.Max(belop - saldo.Sum, Belop.Null), "only what exceeds the balance is owed back");
        });
    }
}
