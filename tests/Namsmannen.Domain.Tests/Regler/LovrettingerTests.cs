using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Regler;

/// <summary>Worked examples for the corrections of issue 11 that touch one rule each.</summary>
public sealed class LovrettingerTests
{
    private static readonly Satsbok Satser = SatsFil.Les();

    private static TrekkGrunnlag Grunnlag(DateOnly dato, Husstand husstand, decimal? bolig) =>
        new(dato, new Belop(60_000m), husstand, bolig is { } b ? new Belop(b) : null, null, Belop.Null);

    [Fact]
    public void The_housing_norm_is_capped_at_13500_in_all_with_or_without_documentation()
    {
        // A couple, the partner without income, 14 children: 7 000 + 14 × 500 = 14 000 → 13 500 (it was 14 000).
        var fjorten = new Husstand(Sivilstand.GiftEllerSamboer, false, Enumerable.Repeat(10, 14).ToList(), []);
        Utleggstrekk.Beregn(Grunnlag(new DateOnly(2024, 10, 1), fjorten, null), Satser).Boutgifter.ShouldBe(new Belop(13_500m));
        // Documented 20 000: the maximum 12 000 + 7 000 is capped at 13 500 too.
        Utleggstrekk.Beregn(Grunnlag(new DateOnly(2024, 10, 1), fjorten, 20_000m), Satser).Boutgifter.ShouldBe(new Belop(13_500m));
    }

    [Fact]
    public void Before_2024_documented_housing_is_capped_and_undocumented_housing_uses_the_norm()
    {
        // The norm table starts 1 January 2024. On 1 September 2023, a couple without children: documented 20 000 is
        // capped at 12 000 (it was let through uncapped), and nothing documented gives the norm 7 000 (it threw).
        var par = new Husstand(Sivilstand.GiftEllerSamboer, false, [], []);
        var dato = new DateOnly(2023, 9, 1);

        var dokumentert = Utleggstrekk.Beregn(Grunnlag(dato, par, 20_000m), Satser);
        dokumentert.Boutgifter.ShouldBe(new Belop(12_000m));
        dokumentert.Advarsler.ShouldContain("Boutgiftsnormen for 01.09.2023 finnes ikke; normen fra 01.01.2024 er brukt.");

        Utleggstrekk.Beregn(Grunnlag(dato, par, null), Satser).Boutgifter.ShouldBe(new Belop(7_000m));
    }

    [Fact]
    public void An_expired_old_regime_trekk_leaves_the_kravko_on_its_end_date()
    {
        // Decided 01.03.2024 under the old rules: two years, so it ends 01.03.2026 and is out of the queue that day.
        var gammel = new KravIKo("24-000010", Kravklasse.Bidrag, new DateOnly(2024, 3, 1), new Belop(5_000m), Utleggstrekk.SenesteSlutt(new DateOnly(2024, 3, 1), false));
        var ny = new KravIKo("26-000020", Kravklasse.AndreKrav, new DateOnly(2026, 1, 5), new Belop(9_000m));

        Kravko.Aktive([gammel, ny], new DateOnly(2026, 2, 28)).ShouldBe([gammel, ny]);
        Kravko.Aktive([gammel, ny], new DateOnly(2026, 3, 1)).ShouldBe([ny]);
    }

    [Fact]
    public void Equal_claims_in_the_kravko_are_ordered_by_case_number_as_a_number()
    {
        // As text "26-1000000" sorts before "26-999999"; as numbers it comes after.
        var dato = new DateOnly(2026, 2, 1);
        var krav = new[] { new KravIKo("26-1000000", Kravklasse.AndreKrav, dato, new Belop(1m)), new KravIKo("26-999999", Kravklasse.AndreKrav, dato, new Belop(1m)) };

        Kravko.Ordne(krav).Select(k => k.Saksnummer).ShouldBe(["26-999999", "26-1000000"]);
    }

    [Theory]
    [InlineData(Registerutfall.UtleggspantBorettslag, Register.Grunnboken)]
    [InlineData(Registerutfall.UtleggspantFastEiendom, Register.Grunnboken)]
    [InlineData(Registerutfall.UtleggspantAnnet, Register.Losoreregisteret)]
    public void A_borettslagsandel_is_registered_in_the_grunnbok_not_the_losoreregister(Registerutfall utfall, Register register) =>
        Registerregler.Oppforing(utfall, new DateOnly(2026, 11, 2)).Register.ShouldBe(register);

    [Theory]
    [InlineData(Handling.RegistrerFullBetaling, 0, true)]
    [InlineData(Handling.TrekkTilbake, 5000, true)]
    [InlineData(Handling.Henlegg, 5000, true)]
    [InlineData(Handling.GodkjennFordeling, 0, true)]
    [InlineData(Handling.GodkjennFordeling, 100, false)]
    [InlineData(Handling.Avslutt, 5000, false)]
    [InlineData(Handling.GjennomforTilbakelevering, 5000, false)]
    public void Registers_follow_the_money(Handling handling, int utestaende, bool slettes) =>
        Registerregler.KreverSlettemelding(handling, utestaende).ShouldBe(slettes);

    [Fact]
    public void Namsmannen_deletes_every_entry_but_a_pledge_in_the_grunnbok()
    {
        Registerregler.SlettesAvNamsmannen(Register.Losoreregisteret).ShouldBeTrue();
        Registerregler.SlettesAvNamsmannen(Register.Betalingsanmerkning).ShouldBeTrue();
        Registerregler.SlettesAvNamsmannen(Register.Grunnboken).ShouldBeFalse();
    }

    [Fact]
    public void A_klage_on_utleggspant_is_in_time_until_tvangssalg_is_requested_and_on_tvangssalg_until_payout()
    {
        // Before the correction both were always in time.
        var grunnlag = new Klagegrunnlag(new DateOnly(2026, 9, 1), TvangssalgBegjart: new DateOnly(2026, 10, 15), Utbetalt: new DateOnly(2026, 11, 20));

        Klagefrist.Vurder(Klagegjelder.Utleggspant, grunnlag, new DateOnly(2026, 10, 15)).IRettTid.ShouldBeTrue();
        Klagefrist.Vurder(Klagegjelder.Utleggspant, grunnlag, new DateOnly(2026, 10, 16)).ShouldBe(new KlagefristVurdering(false, new DateOnly(2026, 10, 15), "Til tvangssalg er begjært."));
        Klagefrist.Vurder(Klagegjelder.Tvangssalg, grunnlag, new DateOnly(2026, 11, 21)).ShouldBe(new KlagefristVurdering(false, new DateOnly(2026, 11, 20), "Før salgssummen er utbetalt."));
        Klagefrist.Vurder(Klagegjelder.Tvangssalg, grunnlag with { Utbetalt = null }, new DateOnly(2026, 11, 21)).IRettTid.ShouldBeTrue();
    }

    [Fact]
    public void Interest_to_today_stops_at_the_last_known_half_year_and_names_the_missing_one()
    {
        // No forsinkelsesrente after 30.06.2026. 10 000 kr from 01.01.2026 at 12,00 %: 181 days → 595,07; then stop.
        var r = Forsinkelsesrente.BeregnTilKjentSats(new Belop(10_000m), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 2), Satser);

        r.Til.ShouldBe(new DateOnly(2026, 7, 1));
        r.Resultat.Renter.ShouldBe(new Belop(595.07m));
        r.Advarsel.ShouldBe("Forsinkelsesrenten for 2. halvår 2026 (fra 01.07.2026) er ikke fastsatt i satstabellen. Rentene er beregnet til og med 30.06.2026.");

        var innenfor = Forsinkelsesrente.BeregnTilKjentSats(new Belop(10_000m), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), Satser);
        innenfor.Advarsel.ShouldBeNull();
        innenfor.Til.ShouldBe(new DateOnly(2026, 3, 1));
    }
}
