using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

/// <summary>A sale's proposed fordeling is the case's: made by the sale, decided by another supervisor (four eyes).</summary>
public sealed class FordelingForslagTests
{
    private static readonly Namsmannen.Domain.Satser.Satsbok Satser = Namsmannen.Application.Satser.SatsFil.Les();

    private static readonly DateOnly Dato = new(2026, 11, 21);

    private static readonly DateTimeOffset Naa = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    private static (Sak Sak, FordelingForslag Forslag) Solgt()
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 1), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 0m, 0m, "R1", Dato,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Skjema);
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);
        sak.GjorHandling(Handling.SendVarsel, Dato);
        sak.GjorHandling(Handling.TaUtleggspant, Dato);
        sak.GjorHandling(Handling.BegjarTvangssalg, Dato);
        var fordeling = Fordeling.Beregn(Dato, Dato, new Belop(30_000m), new Belop(3_000m), [new Heftelse("saksoker", Heftelsestype.Pant, 1, new Belop(10_000m), true)], Satser);
        return (sak, sak.RegistrerSalg(Dato, fordeling, new Belop(3_000m), "kari", "Kari Nordmann", "saksoker"));
    }

    [Fact]
    public void The_sale_makes_the_proposal_line_by_line_waiting_for_a_supervisor()
    {
        var (sak, forslag) = Solgt();

        sak.Stadium.ShouldBe(Saksstadium.Fordeling);
        sak.Fordelinger.ShouldBe([forslag]);
        forslag.Venter.ShouldBeTrue();
        (forslag.Salgssum, forslag.Salgsomkostninger, forslag.RegistrertAvNavn).ShouldBe((new Belop(30_000m), new Belop(3_000m), "Kari Nordmann"));
        forslag.Linjer.Select(l => l.Rekkefolge).ShouldBe(Enumerable.Range(1, forslag.Linjer.Count));
        forslag.Linjer.Single(l => l.Saksoker).Belop.ShouldBe(new Belop(10_000m));
        forslag.TilSaksoker.ShouldBe(new Belop(10_000m));
        (forslag.Til(Fordeling.Salgsomkostninger) + forslag.Til(Fordeling.RettsgebyrMottaker) + forslag.TilSaksoker + forslag.Til(Fordeling.Skyldner)).ShouldBe(new Belop(30_000m), "the lines share the whole sum");
        sak.VentendeFordeling().ShouldBe(forslag);
    }

    [Fact]
    public void The_supervisor_who_registered_the_sale_cannot_decide_it_and_nothing_changes()
    {
        var (sak, forslag) = Solgt();

        Should.Throw<DomainException>(() => sak.GodkjennFordeling(forslag, "kari", "Kari Nordmann", Naa, Dato, Satser)).Message.ShouldBe(FordelingForslag.EgetSalg);
        Should.Throw<DomainException>(() => sak.SendFordelingTilbake(forslag, "kari", "Kari Nordmann", Naa, Dato, "Feil sum.")).Message.ShouldBe(FordelingForslag.EgetSalg);

        forslag.Venter.ShouldBeTrue();
        sak.Stadium.ShouldBe(Saksstadium.Fordeling);
        sak.Innbetalt.ShouldBe(new Belop(0m));
    }

    [Fact]
    public void Approval_books_the_saksokers_line_and_closes_the_case_once()
    {
        var (sak, forslag) = Solgt();

        sak.GodkjennFordeling(forslag, "ingrid", "Ingrid Solheim", Naa, Dato, Satser);

        (forslag.GodkjentAvNavn, forslag.Godkjent, forslag.Venter).ShouldBe(("Ingrid Solheim", (DateTimeOffset?)Naa, false));
        sak.Innbetalt.ShouldBe(new Belop(10_000m));
        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
        Should.Throw<DomainException>(() => sak.GodkjennFordeling(forslag, "ingrid", "Ingrid Solheim", Naa, Dato, Satser)).Message.ShouldBe("Saken har ingen fordeling som venter på godkjenning.");
        Should.Throw<DomainException>(() => sak.VentendeFordeling());
    }

    [Fact]
    public void Sending_back_keeps_the_reason_and_the_sale_is_registered_again()
    {
        var (sak, forslag) = Solgt();

        sak.SendFordelingTilbake(forslag, "ingrid", "Ingrid Solheim", Naa, Dato, "  Salgsomkostningene er feil.  ");

        (forslag.ReturnertAvNavn, forslag.Returnert, forslag.ReturBegrunnelse, forslag.Venter).ShouldBe(("Ingrid Solheim", (DateTimeOffset?)Naa, "Salgsomkostningene er feil.", false));
        sak.Stadium.ShouldBe(Saksstadium.Tvangssalg);
        sak.Innbetalt.ShouldBe(new Belop(0m));
    }
}
