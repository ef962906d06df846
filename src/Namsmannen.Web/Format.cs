using System.Globalization;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web;

/// <summary>nb-NO formatting for what the user sees: 12 345,67 kr and 21.11.2026.</summary>
public static class Format
{
    public static string Kroner(decimal belop) => belop.ToString("#,##0.00", WebSetup.Norsk) + " kr";

    public static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Antall(int antall) => antall.ToString("#,##0", WebSetup.Norsk);

    public static string Antall(long antall) => antall.ToString("#,##0", WebSetup.Norsk);

    /// <summary>A share as a percentage with one decimal: 41,3 %.</summary>
    public static string Prosent(decimal andel) => (andel * 100).ToString("0.0", WebSetup.Norsk) + " %";

    /// <summary>A number of days with one decimal: 57,4 dager.</summary>
    public static string Dager(decimal dager) => dager.ToString("#,##0.0", WebSetup.Norsk) + " dager";

    /// <summary>A file size: 830 byte, 12 kB, 3,4 MB.</summary>
    public static string Storrelse(int bytes) =>
        bytes < 1024 ? $"{bytes} byte" : bytes < 1024 * 1024 ? $"{Math.Round(bytes / 1024.0):0} kB" : (bytes / 1024.0 / 1024.0).ToString("0.0", WebSetup.Norsk) + " MB";

    /// <summary>A moment as people in Norway read it: 21.11.2026 kl. 09:15, Oslo time.</summary>
    public static string Tidspunkt(DateTimeOffset tidspunkt) => Namsmannen.Application.Common.Oslotid.Tidspunkt(tidspunkt);

    /// <summary>An account number as a bank prints it (4 2 5 digits).</summary>
    public static string Kontonummer(string kontonummer) =>
        Namsmannen.Domain.Penger.Kontonummer.TryParse(kontonummer, out var k, out _) ? k.Formatert : kontonummer;
}

/// <summary>Payouts and distribution runs as people read them.</summary>
public static class Utbetalingstekst
{
    public static string Status(Namsmannen.Application.Data.Utbetalinger.Kjoringsstatus status) => status switch
    {
        Namsmannen.Application.Data.Utbetalinger.Kjoringsstatus.TilGodkjenning => "Venter på godkjenning",
        Namsmannen.Application.Data.Utbetalinger.Kjoringsstatus.Godkjent => "Godkjent",
        _ => "Sendt tilbake",
    };
}

/// <summary>The status feed's event codes as people read them.</summary>
public static class Hendelsesnavn
{
    private static readonly Dictionary<string, string> Navn = Enum.GetValues<Namsmannen.Domain.Saker.Handling>()
        .ToDictionary(h => Namsmannen.Application.Data.Journal.Kode(h), h => Namsmannen.Domain.Saker.HandlingTekst.Navn(h));

    public static string Tekst(string kode) => kode switch
    {
        "BEGJARING_MOTTATT" => "Begjæringen er mottatt",
        "BETALING_REGISTRERT" => "Betaling registrert",
        "KRAV_REDUSERT" => "Kravet er redusert",
        "OVERFORT_FRA_HISTORIKK" => "Overført fra tidligere system",
        Namsmannen.Application.Data.Journal.UtsettelseOnsketKode => "Skyldneren ber om utsettelse (bare kreditor kan gi den)",
        _ => Navn.GetValueOrDefault(kode, kode),
    };
}
