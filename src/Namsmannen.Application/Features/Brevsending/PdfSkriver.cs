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
/// One browser serves the process, started on first use and started again if it dies; at most <see cref="Samtidige"/>
/// letters print at once, each on a page of its own that the next letter reuses (a page that failed is closed). Runs
/// in the outbox's worker, never on a request.
/// </summary>
public sealed partial class ChromiumPdfSkriver(string chromium, ILogger<ChromiumPdfSkriver> logger) : IPdfSkriver, IAsyncDisposable
{
    public const int Samtidige = 4;

    private readonly SemaphoreSlim start = new(1, 1);
    private readonly SemaphoreSlim sider = new(Samtidige, Samtidige);
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> ledige = [];
    private IBrowser? nettleser;

    public async Task<byte[]> SkrivAsync(string html, string bunntekst, CancellationToken cancellationToken)
    {
        await sider.WaitAsync(cancellationToken);
        IPage? side = null;
        var hel = false;
        try
        {
            side = await SideAsync(cancellationToken);
            await side.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] });
            var pdf = await side.PdfDataAsync(new PdfOptions
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
            hel = true;
            return pdf;
        }
        finally
        {
            if (side is not null)
            {
                if (hel)
                {
                    ledige.Add(side);
                }
                else
                {
                    await LukkAsync(side);
                }
            }

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

    /// <summary>A page of the running browser: one a letter left (its content is replaced), else a new one.</summary>
    private async Task<IPage> SideAsync(CancellationToken cancellationToken)
    {
        var browser = await NettleserAsync(cancellationToken);
        while (ledige.TryTake(out var brukt))
        {
            if (!brukt.IsClosed && ReferenceEquals(brukt.Browser, browser))
            {
                return brukt;
            }

            await LukkAsync(brukt);
        }

        var side = await browser.NewPageAsync();
        // The letter is self-contained: nothing may run or be fetched while it is printed.
        await side.SetJavaScriptEnabledAsync(false);
        return side;
    }

    private static async Task LukkAsync(IPage side)
    {
        try
        {
            await side.CloseAsync();
        }
        catch (PuppeteerException)
        {
            // The page died with its browser; nothing to close.
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
