using System.Globalization;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web;

/// <summary>nb-NO formatting for what the user sees: 12 345,67 kr and 21.11.2026.</summary>
public static class Format
{
    public static string Kroner(decimal belop) => belop.ToString("#,##0.00", WebSetup.Norsk) + " kr";

    public static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Antall(int antall) => antall.ToString("#,##0", WebSetup.Norsk);
}
