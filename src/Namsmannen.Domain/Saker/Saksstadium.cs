namespace Namsmannen.Domain.Saker;

/// <summary>Where a case stands in the process of tvangsfullbyrdelsesloven (shared/domain.md § 2).</summary>
public enum Saksstadium
{
    BegjaringMottatt,
    Godtatt,
    Avvist,
    VarselSendt,
    Utleggspant,
    Utleggstrekk,
    IntetTilUtlegg,
    Tvangssalg,
    Tilbakelevering,
    Fordeling,
    Utsatt,
    Klagebehandling,
    Suspendert,
    Henlagt,
    Avsluttet,
}

public static class SaksstadiumTekst
{
    public static string Navn(this Saksstadium stadium) => stadium switch
    {
        Saksstadium.BegjaringMottatt => "Begjæring mottatt",
        Saksstadium.Godtatt => "Godtatt, venter på varsel",
        Saksstadium.Avvist => "Avvist",
        Saksstadium.VarselSendt => "Varsel sendt",
        Saksstadium.Utleggspant => "Utleggspant",
        Saksstadium.Utleggstrekk => "Utleggstrekk",
        Saksstadium.IntetTilUtlegg => "Intet til utlegg",
        Saksstadium.Tvangssalg => "Tvangssalg",
        Saksstadium.Tilbakelevering => "Tilbakelevering",
        Saksstadium.Fordeling => "Fordeling",
        Saksstadium.Utsatt => "Utsatt",
        Saksstadium.Klagebehandling => "Klagebehandling",
        Saksstadium.Suspendert => "Suspendert (datafeil)",
        Saksstadium.Henlagt => "Henlagt",
        Saksstadium.Avsluttet => "Avsluttet",
        _ => stadium.ToString(),
    };
}
