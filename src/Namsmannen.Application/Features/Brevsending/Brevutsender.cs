using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Brevarkiv;
using Namsmannen.Application.Features.Utsendinger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// The outbox's hand for letters (<see cref="Utsender"/>): composes a letter in its recipient's målform, writes its HTML
/// and PDF, delivers it through the digital mailbox or on paper, and records on the case the day it was received, all in
/// the worker's transaction. A letter that cannot be composed or printed now is retried like one the mailbox could not take.
/// </summary>
public sealed class Brevutsender(NamsmannenDbContext db, Brevsetter setter, IPdfSkriver pdf, IDigitalPost post, TimeProvider clock)
{
    /// <summary>Who delivers, as the audit log names it.</summary>
    public string Navn => post.Navn;

    /// <summary>Sends the case's letter <paramref name="brevId"/>; the delivery service's reference.</summary>
    public async Task<string> SendAsync(Sak sak, Guid brevId, CancellationToken cancellationToken)
    {
        await db.Entry(sak).Collection(s => s.Brev).Query().Where(b => b.Id == brevId).LoadAsync(cancellationToken);
        var brev = sak.Brev.Single(b => b.Id == brevId);
        if (brev.Art == Brevart.UnderretningTilbakelevering)
        {
            // Its receipt moves the open klagefrist, so that deadline comes with the case.
            await db.Entry(sak).Collection(s => s.Frister).Query().Where(f => f.Type == Fristtype.Klagefrist && !f.Oppfylt).LoadAsync(cancellationToken);
        }

        var parter = await setter.ParterAsync(sak, cancellationToken);
        var mottaker = await setter.MottakerAsync(brev, parter, cancellationToken);
        var idag = Oslotid.IDag(clock);
        var mottas = mottaker.Kanal == Brevkanal.Digital ? idag : Brevregler.PapirMottatt(idag);
        Brevinnhold innhold;
        string html;
        byte[] utskrift;
        try
        {
            var modell = await setter.SettAsync(sak, brev, parter, mottaker, idag, mottas, cancellationToken);
            innhold = Brevmaler.Skriv(modell);
            html = BrevHtml.Skriv(modell, innhold);
            utskrift = await pdf.SkrivAsync(html, $"{innhold.Tittel} – saksnummer {sak.Saksnummer}", cancellationToken);
        }
        catch (Exception feil) when (feil is not (OperationCanceledException or UtsendingAvvist or UtsendingUtilgjengelig))
        {
            throw new UtsendingUtilgjengelig($"Brevet kunne ikke lages: {feil.Message}");
        }

        var kvittering = await post.SendAsync(
            new Forsendelse(brev.Id, mottaker.Identifikator, mottaker.Kanal, [mottaker.Part.Navn, .. mottaker.Part.Adresse], innhold.Tittel, utskrift), cancellationToken);
        // A letter sent again after a lost answer has the receipt of the first sending, which may be from an earlier day.
        var sendt = kvittering.Levert < idag ? kvittering.Levert : idag;
        sak.SendBrev(brev.Id, mottaker.Malform, innhold.Mal, kvittering.Kanal, sendt, kvittering.Levert);
        // Saved with the receipt: a letter has its file exactly when it is sent (SendBrev refuses a second sending).
        db.Brevfiler.Add(new Brevfil { BrevId = brev.Id, Html = html, Pdf = utskrift });

        return kvittering.Referanse;
    }
}
