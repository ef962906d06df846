using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Tests.Saker;

/// <summary>The case's register entries and their deletion notices (domain.md § 8): the rule is the case's.</summary>
public sealed class RegistreTests
{
    private static readonly DateOnly Dato = new(2026, 11, 21);

    private static readonly Guid Leilighet = Guid.NewGuid();

    private static readonly Guid Bil = Guid.NewGuid();

    private static Sak MedRegistreringer()
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 1), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 0m, 0m, "R1", Dato,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Skjema);
        sak.Registrer(Registerutfall.UtleggspantFastEiendom, Dato, Leilighet);
        sak.Registrer(Registerutfall.UtleggspantAnnet, Dato, Bil);
        sak.Registrer(Registerutfall.Betalingsanmerkning, Dato);
        sak.FjernHendelser();
        return sak;
    }

    [Fact]
    public void An_entry_carries_its_register_and_deletion_rule_and_raises_its_fact()
    {
        var sak = MedRegistreringer();
        var trekk = sak.Registrer(Registerutfall.Utleggstrekk, Dato);

        (trekk.Register, trekk.Utfall, trekk.Registrert, trekk.Slettes, trekk.SlettemeldingSendt).ShouldBe((Register.Losoreregisteret, Registerutfall.Utleggstrekk, Dato, (DateOnly?)null, (DateOnly?)null));
        sak.Registreringer.Select(r => r.Register).ShouldBe([Register.Grunnboken, Register.Losoreregisteret, Register.Betalingsanmerkning, Register.Losoreregisteret]);
        sak.Hendelser.ShouldBe([new Registrert(new Registeroppforing(Register.Losoreregisteret, Dato, null, "Ved elektronisk slettemelding fra namsmannen.")) { Referanse = trekk.Referanse }]);
        sak.Registreringer.Select(r => r.Referanse).Distinct().Count().ShouldBe(4, "each entry has its own reference with the register");
    }

    [Fact]
    public void A_closing_orders_every_notice_the_same_day_leaving_the_grunnbok_pledge_to_the_creditor_and_the_remark_last()
    {
        var sak = MedRegistreringer();
        var dag = Dato.AddMonths(3);

        sak.BestillSlettemeldinger(dag, bareUtleggspant: false);

        sak.Registreringer.Select(r => (r.Register, r.SlettemeldingSendt)).ShouldBe(
        [
            (Register.Grunnboken, (DateOnly?)null),
            (Register.Losoreregisteret, (DateOnly?)dag),
            (Register.Betalingsanmerkning, (DateOnly?)dag),
        ]);
        var r = sak.Registreringer;
        sak.Hendelser.ShouldBe(
        [
            new SlettemeldingBestilt(Register.Grunnboken, Registerutfall.UtleggspantFastEiendom, dag, false) { Referanse = r[0].Referanse },
            new SlettemeldingBestilt(Register.Losoreregisteret, Registerutfall.UtleggspantAnnet, dag, true) { Referanse = r[1].Referanse },
            new SlettemeldingBestilt(Register.Betalingsanmerkning, Registerutfall.Betalingsanmerkning, dag, true) { Referanse = r[2].Referanse },
        ]);

        sak.FjernHendelser();
        sak.BestillSlettemeldinger(dag.AddDays(1), bareUtleggspant: false);
        sak.Registreringer.Single(r => r.Register == Register.Losoreregisteret).SlettemeldingSendt.ShouldBe(dag, "a notice is ordered once");
        sak.Hendelser.ShouldBe([new SlettemeldingBestilt(Register.Grunnboken, Registerutfall.UtleggspantFastEiendom, dag.AddDays(1), false) { Referanse = r[0].Referanse }], "the creditor's pledge is still the creditor's to delete");
    }

    [Fact]
    public void An_approved_sale_ends_only_the_pledges_and_the_remark_stays_until_the_claim_is_paid()
    {
        var sak = MedRegistreringer();

        sak.BestillSlettemeldinger(Dato, bareUtleggspant: true);

        sak.Registreringer.Where(r => r.SlettemeldingSendt is not null).Select(r => r.FormuesgodeId).ShouldBe([Bil]);
        sak.Hendelser.OfType<SlettemeldingBestilt>().Select(h => h.Utfall).ShouldBe([Registerutfall.UtleggspantFastEiendom, Registerutfall.UtleggspantAnnet]);
    }

    [Theory]
    [InlineData(Formuesgodetype.FastEiendom, Register.Grunnboken, Registerutfall.UtleggspantFastEiendom)]
    [InlineData(Formuesgodetype.Borettslagsandel, Register.Grunnboken, Registerutfall.UtleggspantBorettslag)]
    [InlineData(Formuesgodetype.Kjoretoy, Register.Losoreregisteret, Registerutfall.UtleggspantAnnet)]
    public void A_pledged_asset_is_registered_where_its_kind_is(Formuesgodetype type, Register register, Registerutfall utfall)
    {
        var sak = MedRegistreringer();
        var vurdering = new Beslagsvurdering(Beslagsutfall.KanTasUtleggI, Belop.Null, new Belop(85_000m), "Kan tas utlegg i.", "dekningsloven § 2-1");

        var gode = sak.RegistrerFormuesgode(type, "  Funnet  ", new Belop(85_000m), vurdering, taUtleggspant: true, null, Dato);

        (gode.Beskrivelse, gode.Verdi, gode.Utfall, gode.Begrunnelse, gode.Utleggspant).ShouldBe(("Funnet", new Belop(85_000m), Beslagsutfall.KanTasUtleggI, "Kan tas utlegg i. (dekningsloven § 2-1)", true));
        sak.Formuesgoder.ShouldBe([gode]);
        var registrering = sak.Registreringer[^1];
        (registrering.Register, registrering.Utfall, registrering.FormuesgodeId).ShouldBe((register, utfall, (Guid?)gode.Id));
    }

    [Fact]
    public void A_beslagsfri_asset_is_pledged_only_with_a_written_reason_and_the_reason_is_kept()
    {
        var sak = MedRegistreringer();
        var beslagsfri = new Beslagsvurdering(Beslagsutfall.Beslagsfri, new Belop(40_000m), Belop.Null, "Vanlig innbo er beslagsfritt.", "dekningsloven § 2-2");

        Should.Throw<DomainException>(() => sak.RegistrerFormuesgode(Formuesgodetype.Innbo, "Innbo", new Belop(40_000m), beslagsfri, taUtleggspant: true, " ", Dato))
            .Message.ShouldBe("«Innbo» er beslagsfritt (Vanlig innbo er beslagsfritt.) Skriv en begrunnelse for å ta utleggspant likevel.");
        sak.Formuesgoder.ShouldBeEmpty();

        sak.RegistrerFormuesgode(Formuesgodetype.Innbo, "Innbo", new Belop(40_000m), beslagsfri, taUtleggspant: true, " Et maleri av stor verdi. ", Dato).OverstyrtBegrunnelse.ShouldBe("Et maleri av stor verdi.");
        sak.RegistrerFormuesgode(Formuesgodetype.Innbo, "Sofa", new Belop(4_000m), beslagsfri, taUtleggspant: false, "ikke brukt", Dato).OverstyrtBegrunnelse.ShouldBeNull();
    }

    [Fact]
    public void A_registers_receipt_is_recorded_once_on_its_entry()
    {
        var sak = MedRegistreringer();
        var bil = sak.Registreringer[1];

        sak.KvitterRegister(bil.Referanse, sletting: false, Dato, "LR-2026-000007");
        sak.KvitterRegister(bil.Referanse, sletting: false, Dato.AddDays(1), "LR-2026-000007");
        sak.KvitterRegister(bil.Referanse, sletting: true, Dato.AddDays(40), "LR-2026-000099");

        (bil.Kvittert, bil.Slettet).ShouldBe(((DateOnly?)Dato, (DateOnly?)Dato.AddDays(40)));
        sak.Hendelser.ShouldBe(
        [
            new RegisterKvittert(Register.Losoreregisteret, Registerutfall.UtleggspantAnnet, false, Dato, "LR-2026-000007"),
            new RegisterKvittert(Register.Losoreregisteret, Registerutfall.UtleggspantAnnet, true, Dato.AddDays(40), "LR-2026-000099"),
        ]);
        Should.Throw<DomainException>(() => sak.KvitterRegister(Guid.NewGuid(), false, Dato, "x")).Message.ShouldBe("Saken har ingen registrering med denne referansen.");
    }

    [Fact]
    public void A_trekk_decision_is_kept_with_the_case_and_its_basis_line_by_line()
    {
        var sak = MedRegistreringer();
        var satser = Namsmannen.Application.Satser.SatsFil.Les();
        var beregning = Utleggstrekk.Beregn(new TrekkGrunnlag(Dato, new Belop(40_000m), new Husstand(Sivilstand.Enslig, false, [], []), null, null, Belop.Null), satser);

        var vedtak = sak.VedtaTrekk("974760673", beregning, "{\"NettoInntektPerManed\":40000}", Dato, Dato.AddMonths(1), null, Kravklasse.SkattOgAvgifter);

        sak.Trekkvedtak.ShouldBe([vedtak]);
        (vedtak.SakId, vedtak.SkyldnerId, vedtak.Kravklasse, vedtak.BelopPerManed).ShouldBe((sak.Id, sak.SkyldnerId, Kravklasse.SkattOgAvgifter, beregning.TrekkPerManed));
        vedtak.Linjer().Select(l => (l.Post, l.Belop)).ShouldBe(beregning.Linjer.Select(l => (l.Post, l.Belop.Kroner)));
        vedtak.Grunnlag.ShouldBe("{\"NettoInntektPerManed\":40000}");
    }
}
