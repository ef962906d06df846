using Microsoft.Extensions.Logging.Abstractions;
using Namsmannen.Application.Features.Brevsending;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Namsmannen.Application.Tests.Features.Brevsending;

/// <summary>The machine's Chromium as the app uses it, shared by a test class; and a PDF read back as its reader's text.</summary>
public sealed class PdfFixture : IAsyncLifetime
{
    public ChromiumPdfSkriver Skriver { get; } = new(Environment.GetEnvironmentVariable("NAMSMANNEN_CHROMIUM") ?? "/usr/bin/chromium", NullLogger<ChromiumPdfSkriver>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Skriver.DisposeAsync();
}

public static class Pdftekst
{
    /// <summary>The text of every page, in reading order, with runs of white space made one space.</summary>
    public static string Les(byte[] pdf)
    {
        using var dokument = PdfDocument.Open(pdf);
        var tekst = string.Join("\n", dokument.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        return System.Text.RegularExpressions.Regex.Replace(tekst, @"\s+", " ");
    }

    /// <summary>Every run of exactly eleven digits: a fødselsnummer, whole.</summary>
    public static IReadOnlyList<string> Fodselsnumre(string tekst) =>
        System.Text.RegularExpressions.Regex.Matches(tekst, @"(?<!\d)\d{11}(?!\d)").Select(m => m.Value).ToList();
}
