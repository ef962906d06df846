using Microsoft.Extensions.Logging;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>Prints a letter's HTML to PDF.</summary>
public interface IPdfSkriver
{
    Task<byte[]> SkrivAsync(string html, string bunntekst, CancellationToken cancellationToken);
}

/// <summary>
/// Prints PDFs with the machine's own Chromium through PuppeteerSharp (docs/decisions/0013): A4, tagged (PDF/UA
/// structure from the HTML's headings, lists and tables), fonts embedded, text extractable. PuppeteerSharp never
/// downloads a browser here: it is given the installed one (<c>Pdf:Chromium</c>, default <c>/usr/bin/chromium</c>).
/// One browser serves the process, started on first use and started again if it dies; each letter gets its own page,
/// and at most <see cref="Samtidige"/> print at once. Runs in the outbox's worker, never on a request.
/// </summary>
public sealed partial class ChromiumPdfSkriver(string chromium, ILogger<ChromiumPdfSkriver> logger) : IPdfSkriver, IAsyncDisposable
{
    public const int Samtidige = 4;

    private readonly SemaphoreSlim start = new(1, 1);
    private readonly SemaphoreSlim sider = new(Samtidige, Samtidige);
    private IBrowser? nettleser;

    public async Task<byte[]> SkrivAsync(string html, string bunntekst, CancellationToken cancellationToken)
    {
        await sider.WaitAsync(cancellationToken);
        try
        {
            var browser = await NettleserAsync(cancellationToken);
            await using var side = await browser.NewPageAsync();
            // The letter is self-contained: nothing may be fetched while it is printed.
            await side.SetJavaScriptEnabledAsync(false);
            await side.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] });
            return await side.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
                Tagged = true,
                Outline = false,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style=\"font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; width: 100%; text-align: center; color: #404040;\">"
                    + System.Net.WebUtility.HtmlEncode(bunntekst) + " – <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>",
            });
        }
        finally
        {
            sider.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (nettleser is not null)
        {
            await nettleser.CloseAsync();
            nettleser.Dispose();
        }
    }

    private async Task<IBrowser> NettleserAsync(CancellationToken cancellationToken)
    {
        if (nettleser is { IsConnected: true } levende)
        {
            return levende;
        }

        await start.WaitAsync(cancellationToken);
        try
        {
            if (nettleser is { IsConnected: true } startet)
            {
                return startet;
            }

            if (!File.Exists(chromium))
            {
                throw new InvalidOperationException($"Chromium finnes ikke på {chromium}. Installer den (./build.sh deps) eller sett Pdf:Chromium.");
            }

            nettleser?.Dispose();
            LogStarter(logger, chromium);
            nettleser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
            });
            return nettleser;
        }
        finally
        {
            start.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starter Chromium for brev-PDF: {Chromium}")]
    private static partial void LogStarter(ILogger logger, string chromium);
}
