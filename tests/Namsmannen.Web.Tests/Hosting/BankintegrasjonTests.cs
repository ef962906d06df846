using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>Issue 16: the bank integration's command (<c>./build.sh innbetalinger FIL</c>) books a camt.054 file for the whole country, once.</summary>
public sealed class BankintegrasjonTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_bank_file_command_books_by_KID_puts_the_rest_in_suspense_and_says_so_and_the_same_file_again_books_nothing()
    {
        var (saksnummer, _) = await app.NySakAsync();
        var kid = Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new InvalidOperationException(saksnummer);
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var sti = Path.Combine(Path.GetTempPath(), $"bank-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(sti, Camt054Eksempelfil.Lag("CLI-1", DateTimeOffset.Now,
        [
            new("CLI-BANK-1", 400m, idag, kid, "Ola Betaler"),
            new("CLI-BANK-2", 55m, idag, null, "Uten Kid"),
        ]));
        try
        {
            var ut = new StringWriter();
            (await Bankintegrasjon.LesAsync(app.Services, sti, ut, CancellationToken.None)).ShouldBe(0);
            ut.ToString().ShouldStartWith("Ført på sak: 1, uavklart: 1, lest før: 0. Bokført på ");

            await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
            (await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Innbetalt).SingleAsync()).ShouldBe(new Belop(400m));
            (await db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer) && h.Type == "BETALING_REGISTRERT").Select(h => h.UtfortAvNavn).SingleAsync())
                .ShouldBe("Bankintegrasjon (camt.054)", "the audit line names the bank file");

            var igjen = new StringWriter();
            (await Bankintegrasjon.LesAsync(app.Services, sti, igjen, CancellationToken.None)).ShouldBe(0);
            igjen.ToString().Trim().ShouldBe("Filen er lest inn før. Ingenting er ført på nytt.");
            var mangler = new StringWriter();
            (await Bankintegrasjon.LesAsync(app.Services, sti + ".finnes-ikke", mangler, CancellationToken.None)).ShouldBe(2);
            mangler.ToString().Trim().ShouldBe($"Fant ikke filen {sti}.finnes-ikke.");
        }
        finally
        {
            File.Delete(sti);
        }
    }
}
