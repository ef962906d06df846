using System.Text.Json;

namespace Namsmannen.Application.Common;

/// <summary>The stable code of an enum value in the API, the CSV columns and the audit log: "GodtaBegjaring" → "godta_begjaring".</summary>
public static class Kode
{
    public static string Av<T>(T verdi)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(verdi.ToString());
}
