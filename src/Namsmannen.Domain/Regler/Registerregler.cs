using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Regler;

public enum Registerutfall
{
    UtleggspantFastEiendom,
    UtleggspantBorettslag,
    UtleggspantAnnet,
    Utleggstrekk,
    IntetTilUtlegg,

    /// <summary>The payment remark that follows the registration of an utlegg (<see cref="Registerregler.Betalingsanmerkning"/>).</summary>
    Betalingsanmerkning,
}

public enum Register
{
    Grunnboken,
    Losoreregisteret,

    /// <summary>The payment remark that follows a registration (seed 003), removed with it.</summary>
    Betalingsanmerkning,
}

public sealed record Registeroppforing(Register Register, DateOnly Registrert, DateOnly? Slettes, string Sletting);

/// <summary>Where an outcome is registered, when the entry goes away, and when namsmannen must delete it (domain.md § 8, seed 003).</summary>
public static class Registerregler
{
    public static Registeroppforing Oppforing(Registerutfall utfall, DateOnly registrert) => utfall switch
    {
        // tinglysingsloven: utleggspant i fast eiendom står i grunnboken til kreditor sender slettemelding
        Registerutfall.UtleggspantFastEiendom =>
            new(Register.Grunnboken, registrert, null, "Når kreditor sender slettemelding."),
        // borettslagsloven § 6-1 / tinglysingsloven: borettslagsandeler står i grunnbokens andelsregister, ikke i Løsøreregisteret
        Registerutfall.UtleggspantBorettslag =>
            new(Register.Grunnboken, registrert, null, "Andelsregisteret i grunnboken, til kreditor sender slettemelding."),
        // løsøreregisterloven: annet utleggspant slettes automatisk etter 5 år
        Registerutfall.UtleggspantAnnet => new(Register.Losoreregisteret, registrert, registrert.AddYears(5), "Automatisk etter 5 år."),
        // seed 003: utleggstrekk slettes ved elektronisk slettemelding fra namsmannen
        Registerutfall.Utleggstrekk => new(Register.Losoreregisteret, registrert, null, "Ved elektronisk slettemelding fra namsmannen."),
        // seed 003: intet til utlegg slettes etter 3 år, eller når kravet er betalt
        Registerutfall.IntetTilUtlegg => new(Register.Losoreregisteret, registrert, registrert.AddYears(3), "Etter 3 år, eller når kravet er betalt."),
        Registerutfall.Betalingsanmerkning => Betalingsanmerkning(registrert),
        _ => throw new ArgumentOutOfRangeException(nameof(utfall)),
    };

    /// <summary>The betalingsanmerkning that follows the registration of an utlegg, even intet til utlegg.</summary>
    // seed 003 / domain.md § 8: en betalingsanmerkning følger registreringen, også når ingenting ble funnet
    public static Registeroppforing Betalingsanmerkning(DateOnly registrert) =>
        new(Register.Betalingsanmerkning, registrert, null, "Når kravet er betalt, begjæringen trukket eller saken henlagt.");

    /// <summary>
    /// Whether the step that closed a case calls for a deletion notice, the same day, for every entry namsmannen keeps:
    /// the claim paid in full, the begjæring withdrawn, or the case henlagt.
    /// </summary>
    // domain.md § 8: når hele kravet er betalt, begjæringen trukket eller saken henlagt, varsler namsmannen registrene samme dag
    public static bool KreverSlettemelding(Handling handling, decimal utestaende) =>
        handling is Handling.RegistrerFullBetaling or Handling.TrekkTilbake or Handling.Henlegg
        || (handling == Handling.GodkjennFordeling && utestaende <= 0m);

    /// <summary>
    /// Whether the step ends the utleggspant in the case's pledged assets even though the claim is not paid: the approved
    /// fordeling of a tvangssalg, after which the buyer has the asset and the pant has nothing left to hold.
    /// </summary>
    // (interpretation, docs/domain.md) tvangssalget: kjøperen får eiendelen fri for utleggspantet; betalingsanmerkningen står til kravet er betalt
    public static bool EnderUtleggspant(Handling handling) => handling == Handling.GodkjennFordeling;

    /// <summary>Namsmannen deletes every entry but utleggspant in the grunnbok, which the creditor deletes (domain.md § 8).</summary>
    public static bool SlettesAvNamsmannen(Register register) => register != Register.Grunnboken;
}

public static class RegisterTekst
{
    public static string Navn(this Register register) => register switch
    {
        Register.Grunnboken => "Grunnboken",
        Register.Losoreregisteret => "Løsøreregisteret",
        _ => "Betalingsanmerkning",
    };
}
