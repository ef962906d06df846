using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

/// <summary>The rules of the utlegg path as methods of the case (§§ 7-10, 7-17, samordning).</summary>
public sealed class UtleggsreglerTests
{
    // Monday 23.11.2026: 14 days on is Monday 07.12.2026.
    private static readonly DateOnly Idag = new(2026, 11, 23);

    private static Sak Godtatt(Guid skyldner, int nummer)
    {
        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Idag, nummer), Guid.NewGuid(), skyldner, Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 0m, 0m, $"U-{nummer}", Idag,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Idag.AddDays(-60)), Idag.AddDays(-30), Mottakskanal.Api);
        sak.GjorHandling(Handling.GodtaBegjaring, Idag);
        return sak;
    }

    [Fact]
    public void A_varsel_gives_the_debtor_14_days_and_the_forretning_falls_on_a_working_day()
    {
        var sak = Godtatt(Guid.NewGuid(), 1);

        var forTidlig = Should.Throw<DomainException>(() => sak.SendVarsel(Idag, new DateOnly(2026, 12, 4), "10:00", "Kontoret"));
        forTidlig.Message.ShouldBe("Utleggsforretningen kan tidligst holdes 07.12.2026, 14 dager etter varselet (flyttet forbi helg og helligdag).");
        forTidlig.Felt.ShouldBe("Dato");
        Should.Throw<DomainException>(() => sak.SendVarsel(Idag, new DateOnly(2026, 12, 12), "10:00", "Kontoret")).Message.ShouldBe("12.12.2026 er ikke en virkedag. Velg en annen dato.");
        sak.Stadium.ShouldBe(Saksstadium.Godtatt);

        var endring = sak.SendVarsel(Idag, new DateOnly(2026, 12, 7), "10:00", " Kontoret ");
        endring.Til.ShouldBe(Saksstadium.VarselSendt);
        endring.Begrunnelse.ShouldBe("Utleggsforretning 07.12.2026 kl. 10:00, Kontoret.");
    }

    [Fact]
    public void Only_a_case_of_the_same_debtor_waiting_for_the_same_outcome_is_held_in_the_same_forretning()
    {
        var skyldner = Guid.NewGuid();
        var sak = Godtatt(skyldner, 2);

        sak.KontrollerSamordning(Godtatt(skyldner, 3), Handling.TaUtleggspant);
        Should.Throw<DomainException>(() => sak.KontrollerSamordning(Godtatt(Guid.NewGuid(), 4), Handling.TaUtleggspant))
            .Message.ShouldBe("Sak 26-000004 gjelder en annen skyldner eller venter ikke på utleggsforretning, og kan ikke samordnes med denne.");
    }

    [Fact]
    public void Beslagsfritt_gods_is_taken_only_with_the_caseworkers_written_reason()
    {
        var beslagsfri = new Beslagsvurdering(Beslagsutfall.Beslagsfri, new Belop(15_000m), Belop.Null, "Vanlig innbo er beslagsfritt.", "dekningsloven § 2-2");

        Sak.UtleggspantKreverBegrunnelse("Sofa", beslagsfri, taUtleggspant: true, begrunnelse: " ")
            .ShouldBe("«Sofa» er beslagsfritt (Vanlig innbo er beslagsfritt.) Skriv en begrunnelse for å ta utleggspant likevel.");
        Sak.UtleggspantKreverBegrunnelse("Sofa", beslagsfri, taUtleggspant: true, begrunnelse: "Antikk, svært høy verdi.").ShouldBeNull();
        Sak.UtleggspantKreverBegrunnelse("Sofa", beslagsfri, taUtleggspant: false, begrunnelse: null).ShouldBeNull();
    }
}
