using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

public sealed class SaksforlopTests
{
    private static readonly Namsmannen.Domain.Satser.Satsbok Satser = Namsmannen.Application.Satser.SatsFil.Les();

    private static readonly DateOnly Dato = new(2026, 11, 21);

    private static Sak NySak(Begjaringstype type = Begjaringstype.Utlegg) =>
        Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 1), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, type, 10_000m, 250m, 700m, "R1", Dato, new Domain.Regler.Tvangsgrunnlag(Domain.Regler.Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Skjema);

    [Fact]
    public void The_literal_table_has_each_stage_and_action_once_and_every_open_stage_can_be_paid_withdrawn_and_henlagt()
    {
        Saksforlop.Tabell.Count.ShouldBe(83);
        Saksforlop.Tabell.GroupBy(o => (o.Fra, o.Handling, o.BareFor)).ShouldAllBe(g => g.Count() == 1);
        foreach (var stadium in Enum.GetValues<Saksstadium>().Where(s => !Saksforlop.Lukket.Contains(s)))
        {
            Saksforlop.Tabell.Where(o => o.Fra == stadium).Select(o => o.Handling).ShouldContain(h => h == Handling.RegistrerFullBetaling);
            Saksforlop.Tabell.Where(o => o.Fra == stadium).Select(o => o.Handling).ShouldContain(h => h == Handling.TrekkTilbake);
            Saksforlop.Tabell.Where(o => o.Fra == stadium).Select(o => o.Handling).ShouldContain(h => h == Handling.Henlegg);
        }
    }

    [Fact]
    public void Every_stage_but_the_closed_ones_has_a_way_out_and_every_case_can_be_closed()
    {
        foreach (var type in Enum.GetValues<Begjaringstype>())
        {
            foreach (var stadium in Enum.GetValues<Saksstadium>())
            {
                var ut = Saksforlop.Tillatte(stadium, type).ToList();
                if (Saksforlop.Lukket.Contains(stadium))
                {
                    // The ways back into a closed case: a klage on a tilbakelevering within its month (domain.md § 9), and
                    // gjenåpning of a henlagt case within three months (issue 15, an office rule); nothing else.
                    (Handling, Saksstadium?)[] unntak = (stadium, type) switch
                    {
                        (Saksstadium.Avsluttet, Begjaringstype.Tilbakelevering) => [(Handling.RegistrerKlage, Saksstadium.Klagebehandling)],
                        (Saksstadium.Henlagt, _) => [(Handling.Gjenapne, Saksstadium.BegjaringMottatt)],
                        _ => [],
                    };
                    ut.Select(o => (o.Handling, o.Til)).ShouldBe(unntak, $"{stadium} is closed");
                    continue;
                }

                ut.ShouldNotBeEmpty($"{stadium} ({type}) is a dead end");
                ut.ShouldContain(o => o.Handling == Handling.RegistrerFullBetaling && o.Til == Saksstadium.Avsluttet, $"a payment must close a case in {stadium}");
            }
        }
    }

    [Fact]
    public void The_utlegg_path_runs_from_begjaring_through_varsel_and_pledge_to_sale_and_fordeling()
    {
        var sak = NySak();

        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.GjorHandling(Handling.SendVarsel, Dato);
        sak.GjorHandling(Handling.TaUtleggspant, Dato);
        sak.GjorHandling(Handling.BegjarTvangssalg, Dato);
        sak.GjorHandling(Handling.RegistrerSalg, Dato);
        sak.GodkjennFordeling(new Belop(4_000m), Dato, Satser);

        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
        sak.Innbetalt.ShouldBe(new Belop(4_000m));
        sak.Stadiumendringer.Select(h => (h.Fra, h.Til)).ShouldBe(
        [
            (Saksstadium.BegjaringMottatt, Saksstadium.Godtatt),
            (Saksstadium.Godtatt, Saksstadium.VarselSendt),
            (Saksstadium.VarselSendt, Saksstadium.Utleggspant),
            (Saksstadium.Utleggspant, Saksstadium.Tvangssalg),
            (Saksstadium.Tvangssalg, Saksstadium.Fordeling),
            (Saksstadium.Fordeling, Saksstadium.Avsluttet),
        ]);
        sak.TillatteHandlinger.ShouldBeEmpty();
    }

    [Fact]
    public void An_action_the_table_does_not_allow_is_refused_in_Norwegian()
    {
        var sak = NySak();

        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.TaUtleggspant, Dato))
            .Message.ShouldBe("«Ta utleggspant» er ikke mulig når saken har stadium «Begjæring mottatt».");
        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.AvvisBegjaring, Dato))
            .Message.ShouldBe("«Avvis begjæringen» krever en begrunnelse.");
        sak.Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
        sak.Stadiumendringer.ShouldBeEmpty();
    }

    [Fact]
    public void Accepting_a_begjaring_that_is_not_enforceable_rejects_it_with_the_reason_codes()
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 2), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 0m, 0m, "R2", Dato,
            new Domain.Regler.Tvangsgrunnlag(Domain.Regler.Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), varselSendt: Dato.AddDays(-5), Mottakskanal.Skjema);

        var endring = sak.GjorHandling(Handling.GodtaBegjaring, Dato);

        sak.Stadium.ShouldBe(Saksstadium.Avvist);
        endring.Handling.ShouldBe(Handling.AvvisBegjaring);
        endring.Begrunnelse.ShouldBe("Avvist automatisk: [VARSELFRIST_LOPER] Begjæringen kan tidligst sendes 30.11.2026, 14 dager etter varselet (§ 4-18).");
    }

    [Fact]
    public void Varsel_is_for_utlegg_and_tilbakelevering_starts_only_for_its_own_kind_of_case()
    {
        var tilbakelevering = NySak(Begjaringstype.Tilbakelevering);
        tilbakelevering.GjorHandling(Handling.GodtaBegjaring, Dato);

        tilbakelevering.TillatteHandlinger.ShouldContain(Handling.StartTilbakelevering);
        tilbakelevering.TillatteHandlinger.ShouldNotContain(Handling.SendVarsel);
        Should.Throw<DomainException>(() => tilbakelevering.GjorHandling(Handling.SendVarsel, Dato));
    }

    [Fact]
    public void A_postponed_or_complained_case_returns_to_where_it_stood()
    {
        var sak = NySak();
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.GjorHandling(Handling.TaUtleggstrekk, Dato);

        sak.GjorHandling(Handling.RegistrerKlage, Dato);
        sak.Stadium.ShouldBe(Saksstadium.Klagebehandling);
        sak.TillatteHandlinger.ShouldNotContain(Handling.SuspenderForDatafeil);
        sak.GjorHandling(Handling.AvgjorKlage, Dato, "Klagen tas ikke til følge.");
        sak.Stadium.ShouldBe(Saksstadium.Utleggstrekk);

        sak.Utsett(Dato, Dato.AddMonths(1), null, bekreftet: false);
        sak.Frister.Single().Oppfylt.ShouldBeFalse();
        sak.GjorHandling(Handling.Gjenoppta, Dato);
        sak.Frister.Single().Oppfylt.ShouldBeTrue();
        sak.Stadium.ShouldBe(Saksstadium.Utleggstrekk);
        sak.ForrigeStadium.ShouldBeNull();
    }

    [Fact]
    public void A_henlagt_case_is_reopened_with_a_reason_within_three_months_and_its_begjaring_is_checked_again()
    {
        var sak = NySak();
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.GjorHandling(Handling.Henlegg, Dato, "Skyldneren er død; boet er under skifte.");
        sak.TillatteHandlinger.ShouldBe([Handling.Gjenapne]);

        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.Gjenapne, Dato)).Message.ShouldBe("«Gjenåpne saken» krever en begrunnelse.");
        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.Gjenapne, Dato.AddMonths(3).AddDays(1), "Skiftet er avsluttet.")).Message
            .ShouldBe($"Saken ble henlagt {Dato:dd.MM.yyyy} og kan bare gjenåpnes innen 3 måneder, til {Dato.AddMonths(3):dd.MM.yyyy}. Kreditor må sende en ny begjæring.");
        sak.Stadium.ShouldBe(Saksstadium.Henlagt);

        var endring = sak.GjorHandling(Handling.Gjenapne, Dato.AddMonths(3), "Skiftet er avsluttet uten at kravet ble dekket.");

        (endring.Fra, endring.Til, sak.Avsluttet, sak.ErLukket).ShouldBe((Saksstadium.Henlagt, Saksstadium.BegjaringMottatt, (DateOnly?)null, false));
        sak.TillatteHandlinger.ShouldContain(Handling.GodtaBegjaring);
    }

    [Fact]
    public void A_full_payment_closes_the_case_at_once_and_a_partial_one_does_not()
    {
        var sak = NySak();
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.GjorHandling(Handling.SendVarsel, Dato);

        sak.RegistrerBetaling(new Belop(4_000m), Dato, Satser).ShouldBeNull();
        sak.Utestaende.ShouldBe(new Belop(6_950m));
        sak.Stadium.ShouldBe(Saksstadium.VarselSendt);

        // Paying more than the balance closes the case and records the rest as owed back to the payer.
        var endring = sak.RegistrerBetaling(new Belop(7_000m), Dato, Satser);
        endring!.Til.ShouldBe(Saksstadium.Avsluttet);
        endring.Handling.ShouldBe(Handling.RegistrerFullBetaling);
        sak.Utestaende.ShouldBe(new Belop(0m));
        sak.Overbetalt.ShouldBe(new Belop(50m));
        sak.Innbetalt.ShouldBe(new Belop(10_950m), "only what covered the claim counts as paid on it");
        sak.Konto.Bokfort.ShouldBe(Belop.Null);
        Should.Throw<DomainException>(() => sak.GjorHandling(Handling.TaUtleggspant, Dato));
    }

    [Property(MaxTest = 100)]
    public Property Any_sequence_of_allowed_actions_keeps_the_case_consistent()
    {
        var gen =
            from type in Gen.Elements(Enum.GetValues<Begjaringstype>())
            from valg in Gen.Choose(0, 1000).ListOf().Select(l => l.Take(30).ToArray())
            select (type, valg);

        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var sak = NySak(c.type);
            foreach (var v in c.valg)
            {
                var mulige = sak.TillatteHandlinger;
                if (mulige.Count == 0)
                {
                    return sak.ErLukket;
                }

                var fra = sak.Stadium;
                var handling = mulige[v % mulige.Count];
                if (handling == Handling.OversendKlage)
                {
                    // Forwarding a klage to tingretten keeps the case where it is, waiting for the ruling.
                    sak.OversendKlage(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
                    if (sak.Stadium != fra)
                    {
                        return false;
                    }

                    continue;
                }

                var endring = handling switch
                {
                    Handling.GodkjennFordeling => sak.GodkjennFordeling(Belop.Null, Dato, Satser),
                    Handling.GjennomforTilbakelevering => sak.GjennomforTilbakelevering(Belop.Null, Belop.Null, Dato, Satser),
                    Handling.Utsett => sak.Utsett(Dato, Dato.AddMonths(1), "Begrunnelse.", bekreftet: false),
                    Handling.RegistrerKlage when sak.ErLukket => KlagPaTilbakeleveringen(sak),
                    _ => sak.GjorHandling(handling, Dato, "Begrunnelse."),
                };
                if (endring.Fra != fra || endring.Til != sak.Stadium)
                {
                    return false;
                }

                if (Saksforlop.Pauser.Contains(sak.Stadium) != sak.ForrigeStadium.HasValue)
                {
                    return false;
                }
            }

            return sak.Stadiumendringer.Count() <= c.valg.Length;
        });
    }

    private static Sakshendelse.Stadiumendring KlagPaTilbakeleveringen(Sak sak)
    {
        sak.RegistrerKlage(Klagegjelder.Tilbakelevering, Dato, new Klagegrunnlag(Dato), null, Dato, "Klage.");
        return sak.Stadiumendringer.Last();
    }
}
