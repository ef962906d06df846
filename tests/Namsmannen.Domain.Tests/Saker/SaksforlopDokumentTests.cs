using System.Text;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

/// <summary>docs/domain.md lists every transition of <see cref="Saksforlop.Tabell"/>, and every action's needs, as the code has them.</summary>
public sealed class SaksforlopDokumentTests
{
    private const string Start = "<!-- saksforlop:start -->";
    private const string Slutt = "<!-- saksforlop:end -->";

    [Fact]
    public void The_transitions_in_docs_domain_md_are_the_table_in_the_code()
    {
        var sti = Path.Combine(Rot(), "docs", "domain.md");
        var dokument = File.ReadAllText(sti).ReplaceLineEndings("\n");
        var (fra, til) = (dokument.IndexOf(Start, StringComparison.Ordinal), dokument.IndexOf(Slutt, StringComparison.Ordinal));
        fra.ShouldBeGreaterThan(0, $"docs/domain.md must have the markers {Start} and {Slutt}");
        var naa = dokument[(fra + Start.Length)..til];
        var ny = "\n" + Tabell();

        if (naa != ny && Environment.GetEnvironmentVariable("NAMSMANNEN_SKRIV_DOKUMENTER") == "1")
        {
            File.WriteAllText(sti, dokument[..(fra + Start.Length)] + ny + dokument[til..]);
            return;
        }

        naa.ShouldBe(ny, "docs/domain.md is stale: run the domain tests with NAMSMANNEN_SKRIV_DOKUMENTER=1 and commit the file");
    }

    [Fact]
    public void Every_action_is_described_once_and_every_action_in_the_table_has_a_description()
    {
        Handlinger.Alle.Select(b => b.Handling).ShouldBe(Enum.GetValues<Handling>());
        Saksforlop.Tabell.Select(o => o.Handling).Distinct().ShouldAllBe(h => Handlinger.Alle.Any(b => b.Handling == h));
        Handlinger.Alle.Where(b => b.KreverBegrunnelse).Select(b => b.Handling)
            .ShouldBe([Handling.AvvisBegjaring, Handling.SendFordelingTilbake, Handling.AvgjorKlage, Handling.Henlegg, Handling.SuspenderForDatafeil, Handling.Gjenapne]);
    }

    /// <summary>One row per transition, grouped by the stage it leaves, then every action's needs.</summary>
    public static string Tabell()
    {
        var tekst = new StringBuilder();
        tekst.Append($"{Saksforlop.Tabell.Count} transitions.\n\n");
        tekst.Append("| From | Action | To | Only for |\n| --- | --- | --- | --- |\n");
        foreach (var o in Saksforlop.Tabell.OrderBy(o => o.Fra).ThenBy(o => o.Handling))
        {
            var tilTekst = o.Til is { } t ? t.Navn() : "← tilbake";
            tekst.Append($"| {o.Fra.Navn()} | {o.Handling.Navn()} | {tilTekst} | {(o.BareFor is { } b ? b.ToString() : string.Empty)} |\n");
        }

        tekst.Append("\n| Action | Needs a reason | Needs a confirmation | Own form |\n| --- | --- | --- | --- |\n");
        foreach (var b in Handlinger.Alle)
        {
            tekst.Append($"| {b.Navn} | {(b.KreverBegrunnelse ? "yes" : "no")} | {(b.KreverBekreftelse ? "yes" : "no")} | {(b.EgetSkjema ? "yes" : "no")} |\n");
        }

        return tekst.ToString();
    }

    private static string Rot()
    {
        var mappe = new DirectoryInfo(AppContext.BaseDirectory);
        while (mappe is not null && !File.Exists(Path.Combine(mappe.FullName, "Namsmannen.sln")))
        {
            mappe = mappe.Parent;
        }

        return mappe?.FullName ?? throw new InvalidOperationException("The tests run inside the checkout.");
    }
}
