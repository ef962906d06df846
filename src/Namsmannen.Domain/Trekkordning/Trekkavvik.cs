namespace Namsmannen.Domain.Trekkordning;

/// <summary>What a trekkpliktig can report about an order it cannot carry out as written.</summary>
public enum Trekkavvik
{
    /// <summary>The employment has ended (or the benefit stopped): the debtor must be found again.</summary>
    ArbeidsforholdOpphort,

    /// <summary>The pay this month is too low for the amount: the calculation may need another look.</summary>
    ForLavInntekt,

    /// <summary>Another trekk with better priority takes the pay (bidrag, tax).</summary>
    AnnetTrekkForan,
}

/// <summary>The stable codes of the deviations, as the employer API spells them.</summary>
public static class Trekkavvikkoder
{
    public static IReadOnlyDictionary<string, Trekkavvik> Koder { get; } = new Dictionary<string, Trekkavvik>
    {
        ["ARBEIDSFORHOLD_OPPHORT"] = Trekkavvik.ArbeidsforholdOpphort,
        ["FOR_LAV_INNTEKT"] = Trekkavvik.ForLavInntekt,
        ["ANNET_TREKK_FORAN"] = Trekkavvik.AnnetTrekkForan,
    };

    public static string Kode(Trekkavvik avvik) => Koder.Single(k => k.Value == avvik).Key;

    public static string Navn(Trekkavvik avvik) => avvik switch
    {
        Trekkavvik.ArbeidsforholdOpphort => "Arbeidsforholdet er avsluttet",
        Trekkavvik.ForLavInntekt => "For lav inntekt denne måneden",
        _ => "Et annet trekk går foran",
    };
}
