using System.Diagnostics;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Innbetalinger;

namespace Namsmannen.Hosting;

/// <summary>
/// The bank integration's way in (issue 16): <c>./build.sh innbetalinger FIL</c> books a camt.054 file for the whole
/// country, the same command the office's upload page sends (matched by KID, the rest in each office's suspense queue,
/// a file or line seen before books nothing), without the page's 20 MB limit: a day's file from the bank can hold
/// 100 000 payments. It runs where the database is, as an operator's command; the audit lines name the bank file.
/// </summary>
public static class Bankintegrasjon
{
    /// <summary>Reads <paramref name="sti"/> and books it in one transaction; returns the process exit code.</summary>
    public static async Task<int> LesAsync(IServiceProvider services, string sti, TextWriter ut, CancellationToken cancellationToken)
    {
        if (!File.Exists(sti))
        {
            await ut.WriteLineAsync($"Fant ikke filen {sti}.");
            return 2;
        }

        var innhold = await File.ReadAllBytesAsync(sti, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
        db.Journal.Aktor = new Aktor(null, BankNavn);
        // The bank file as the acting party: the whole country's payments, as an administrator's upload would be.
        var handler = new LesInnbetalingsfil.Handler(db, new Systembruker(BankNavn, Landet: true), scope.ServiceProvider.GetRequiredService<TimeProvider>(), scope.ServiceProvider.GetRequiredService<Domain.Satser.Satsbok>());
        var klokke = Stopwatch.StartNew();
        LesInnbetalingsfil.Result resultat;
        try
        {
            await using var transaksjon = await db.Database.BeginTransactionAsync(cancellationToken);
            resultat = await handler.Handle(new LesInnbetalingsfil.Command(Path.GetFileName(sti), innhold), cancellationToken);
            await transaksjon.CommitAsync(cancellationToken);
        }
        catch (ValidationException feil)
        {
            await ut.WriteLineAsync(string.Join(Environment.NewLine, feil.Errors.Select(e => e.ErrorMessage)));
            return 1;
        }

        if (resultat.SettFor)
        {
            await ut.WriteLineAsync("Filen er lest inn før. Ingenting er ført på nytt.");
            return 0;
        }

        int Antall(LesInnbetalingsfil.Utfall utfall) => resultat.Linjer.Count(l => l.Utfall == utfall);
        await ut.WriteLineAsync(FormattableString.Invariant(
            $"Ført på sak: {Antall(LesInnbetalingsfil.Utfall.Bokfort)}, uavklart: {Antall(LesInnbetalingsfil.Utfall.Uavklart)}, lest før: {Antall(LesInnbetalingsfil.Utfall.Duplikat)}. Bokført på {klokke.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    private const string BankNavn = "Bankintegrasjon (camt.054)";
}
