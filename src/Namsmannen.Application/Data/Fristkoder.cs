using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data;

/// <summary>The stable codes deadlines are stored under in <c>frister.type</c>, read by reports and the volume generator's COPY.</summary>
public static class Fristkoder
{
    private static readonly Dictionary<Fristtype, string> Koder = new()
    {
        [Fristtype.Utleggsforretning] = "UTLEGGSFORRETNING",
        [Fristtype.Klagefrist] = "KLAGEFRIST",
        [Fristtype.UtsattTil] = "UTSATT_TIL",
        [Fristtype.Trekkavvik] = "TREKKAVVIK",
        [Fristtype.Trekkinnbetaling] = "TREKKINNBETALING",
        [Fristtype.Skyldnerdokumentasjon] = "SKYLDNERDOKUMENTASJON",
    };

    private static readonly Dictionary<string, Fristtype> Typer = Koder.ToDictionary(k => k.Value, k => k.Key);

    public static string Kode(Fristtype type) => Koder[type];

    public static Fristtype Type(string kode) => Typer[kode];
}
