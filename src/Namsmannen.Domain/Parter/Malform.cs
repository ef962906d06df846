namespace Namsmannen.Domain.Parter;

/// <summary>
/// The written standard a party reads: bokmål or nynorsk. A letter to a party is written in theirs (språklova: a state
/// body writes to a private party in the målform the party uses or has asked for).
/// </summary>
public enum Malform
{
    Bokmal,
    Nynorsk,
}

public static class MalformTekst
{
    /// <summary>The BCP 47 tag of the målform, for the <c>lang</c> attribute of a letter: <c>nb</c> or <c>nn</c>.</summary>
    public static string Sprakkode(this Malform malform) => malform == Malform.Nynorsk ? "nn" : "nb";

    public static string Navn(this Malform malform) => malform == Malform.Nynorsk ? "Nynorsk" : "Bokmål";
}
