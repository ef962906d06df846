using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

public sealed class KlageTests
{
    private static readonly Namsmannen.Domain.Satser.Satsbok Satser = Namsmannen.Application.Satser.SatsFil.Les();

    private static readonly DateOnly Dato = new(2026, 11, 2);

    private static Sak Tilbakelevert(DateOnly dato)
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(dato, 7), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Tilbakelevering, 80_000m, 0m, 0m, "T1", dato.AddDays(-20),
            new Tvangsgrunnlag(Grunnlagstype.Salgspant, Forfall: dato.AddDays(-90)), dato.AddDays(-60), Mottakskanal.Skjema);
        sak.GjorHandling(Handling.GodtaBegjaring, dato);
        sak.GjorHandling(Handling.StartTilbakelevering, dato);
        sak.GjennomforTilbakelevering(new Belop(60_000m), new Belop(58_319m), dato, Satser);
        return sak;
    }

    [Fact]
    public void A_klage_is_kept_by_the_case_sent_to_tingretten_and_decided_and_the_case_returns_to_where_it_stood()
    {
        var sak = Tilbakelevert(Dato);
        var tidspunkt = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);
        Should.Throw<DomainException>(() => sak.OversendKlage(tidspunkt)).Message.ShouldBe("Saken har ingen klage til behandling.");

        sak.RegistrerKlage(Klagegjelder.Tilbakelevering, new DateOnly(2026, 12, 7), new Klagegrunnlag(new DateOnly(2026, 11, 5)), null, new DateOnly(2026, 12, 7), " Bilen var verdt mer. ");
        sak.OversendKlage(tidspunkt);
        sak.TillatteHandlinger.ShouldNotContain(Handling.OversendKlage, "it is already with tingretten");
        Should.Throw<DomainException>(() => sak.OversendKlage(tidspunkt)).Message.ShouldBe("Klagen er allerede sendt til tingretten. Registrer tingrettens avgjørelse med «Avgjør klagen».");
        sak.AvgjorKlage(Klageutfall.IkkeTattTilFolge, "Tingretten stadfestet verdsettelsen.", new DateOnly(2026, 12, 20), tidspunkt.AddDays(12));

        var klage = sak.Klager.ShouldHaveSingleItem();
        (klage.Gjelder, klage.Innhold, klage.IRettTid, klage.OversendtTingretten, klage.Avgjorelse, klage.ErApen)
            .ShouldBe((Klagegjelder.Tilbakelevering, "Bilen var verdt mer.", true, (DateTimeOffset?)tidspunkt, "Tingretten stadfestet verdsettelsen.", false));
        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
        sak.Hendelser.OfType<Sakshendelse.KlageOversendt>().ShouldHaveSingleItem();
        klage.Utfall.ShouldBe(Klageutfall.IkkeTattTilFolge);
        Should.Throw<DomainException>(() => sak.AvgjorKlage(Klageutfall.TattTilFolge, "Igjen.", new DateOnly(2026, 12, 21), tidspunkt)).Message.ShouldBe("Saken har ingen klage til behandling.");
    }

    [Fact]
    public void Namsmannen_cannot_itself_reject_a_klage_on_its_merits_but_forwards_it_first()
    {
        var sak = Tilbakelevert(Dato);
        var tidspunkt = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);
        sak.RegistrerKlage(Klagegjelder.Tilbakelevering, new DateOnly(2026, 12, 7), new Klagegrunnlag(new DateOnly(2026, 11, 5)), null, new DateOnly(2026, 12, 7), "Bilen var verdt mer.");
        sak.TillatteHandlinger.ShouldContain(Handling.OversendKlage);

        var feil = Should.Throw<DomainException>(() => sak.AvgjorKlage(Klageutfall.IkkeTattTilFolge, "Ikke grunnlag.", new DateOnly(2026, 12, 8), tidspunkt));

        (feil.Felt, feil.Message).ShouldBe(("Utfall", "Namsmannen kan ikke selv la være å ta klagen til følge. Send den til tingretten, og registrer tingrettens avgjørelse når den kommer."));
        sak.Stadium.ShouldBe(Saksstadium.Klagebehandling);
        var endring = sak.AvgjorKlage(Klageutfall.DelvisTattTilFolge, "Verdien settes opp til 70 000 kr.", new DateOnly(2026, 12, 8), tidspunkt);
        endring.Begrunnelse.ShouldBe("Delvis tatt til følge: Verdien settes opp til 70 000 kr.");
    }

    [Fact]
    public void A_case_closed_by_tilbakelevering_takes_a_klage_for_a_month_from_the_letter()
    {
        // Carried out Monday 02.11.2026, letter received Thursday 05.11: the klagefrist is Saturday 05.12 → Monday 07.12.
        // Before the correction the closed case refused every klage.
        var sak = Tilbakelevert(Dato);
        sak.TillatteHandlinger.ShouldContain(Handling.RegistrerKlage);

        var vurdering = sak.RegistrerKlage(Klagegjelder.Tilbakelevering, new DateOnly(2026, 12, 7), new Klagegrunnlag(new DateOnly(2026, 11, 5)), null, new DateOnly(2026, 12, 7), "Bilen var verdt mer.");

        vurdering.ShouldBe(new KlagefristVurdering(true, new DateOnly(2026, 12, 7), "Én måned fra skyldneren mottok brevet om tilbakeleveringen."));
        sak.Stadium.ShouldBe(Saksstadium.Klagebehandling);
        sak.ForrigeStadium.ShouldBe(Saksstadium.Avsluttet);
        sak.Avsluttet.ShouldBeNull();
    }

    [Fact]
    public void After_the_month_the_closed_case_refuses_the_klage_and_stays_closed()
    {
        var sak = Tilbakelevert(Dato);

        Should.Throw<DomainException>(() => sak.RegistrerKlage(Klagegjelder.Tilbakelevering, new DateOnly(2026, 12, 8), new Klagegrunnlag(new DateOnly(2026, 11, 5)), null, new DateOnly(2026, 12, 8), "For sent."))
            .Message.ShouldBe("Klagefristen for tilbakeleveringen gikk ut 07.12.2026. Saken er avsluttet, og klagen kan ikke tas imot.");
        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
    }

    [Fact]
    public void The_valuation_can_be_challenged_only_for_a_deviation_above_20000_kr()
    {
        // Valued at 60 000: a claimed 80 000 is exactly 20 000 off and is refused; 80 000,01 is heard.
        var sak = Tilbakelevert(Dato);
        var grunnlag = new Klagegrunnlag(Dato);

        Should.Throw<DomainException>(() => sak.RegistrerKlage(Klagegjelder.Tilbakelevering, Dato, grunnlag, new Belop(80_000m), Dato, "Verdt mer."))
            .Message.ShouldBe("Verdsettelsen (60\u00a0000,00 kr) kan bare påklages når avviket er mer enn 20\u00a0000,00 kr. Påstått verdi 80\u00a0000,00 kr gir et avvik på 20\u00a0000,00 kr.");
        sak.RegistrerKlage(Klagegjelder.Tilbakelevering, Dato, grunnlag, new Belop(80_000.01m), Dato, "Verdt mer.").IRettTid.ShouldBeTrue();
    }

    [Fact]
    public void A_case_closed_any_other_way_takes_no_klage()
    {
        var sak = Tilbakelevert(Dato);
        Should.Throw<DomainException>(() => sak.RegistrerKlage(Klagegjelder.Utleggspant, Dato, new Klagegrunnlag(Dato), null, Dato, "Pant."));

        var betalt = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 8), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Tilbakelevering, 1_000m, 0m, 0m, "T2", Dato,
            new Tvangsgrunnlag(Grunnlagstype.Salgspant, Forfall: Dato.AddDays(-90)), Dato.AddDays(-60), Mottakskanal.Skjema);
        betalt.RegistrerBetaling(new Belop(1_000m), Dato, Satser);
        betalt.TillatteHandlinger.ShouldNotContain(Handling.RegistrerKlage);
        Should.Throw<DomainException>(() => betalt.RegistrerKlage(Klagegjelder.Tilbakelevering, Dato, new Klagegrunnlag(Dato), null, Dato, "Klage."));
    }
}
