using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utboks;

namespace Namsmannen.Application.Features.Utsendinger;

/// <summary>
/// The outbox's worker (issue 18): sends each waiting message (a notice to a register, a letter to a party through
/// <see cref="Brevsending.Brevutsender"/>), one at a time, each in its own transaction that holds
/// the message's row (<c>FOR UPDATE SKIP LOCKED</c>) while it is sent, so two workers (two app instances) never send the
/// same message. A deletion waits until its entry's registration is acknowledged (a case paid the day it was
/// registered must not ask the register to delete what it has not yet got). Each attempt is recorded; a register's
/// receipt is recorded on the case's entry in the same transaction (<see cref="Domain.Saker.Sak.KvitterRegister"/>). A message that fails is tried again after 1, 2, 4, 8 and 16
/// minutes; after <see cref="MaksForsok"/> attempts, or when the receiver refuses it, it waits on the office's error
/// list (<c>/saksbehandling/utsendinger</c>). A crash between the send and the commit leaves the message waiting: it
/// is sent again under the same reference, and the receiver answers with the receipt it already gave.
/// </summary>
public sealed class Utsender(NamsmannenDbContext db, IRegistre registre, Brevsending.Brevutsender brev, TimeProvider clock)
{
    public const int MaksForsok = 6;

    public sealed record Resultat(int Kvittert, int Feilet, int Utsatt);

    /// <summary>The register notices: the job sends them before letters, so a slow printer never holds up a deletion.</summary>
    public static readonly IReadOnlyList<Utsendingsart> Registermeldinger = [Utsendingsart.Registrering, Utsendingsart.Sletting];

    /// <summary>The letters.</summary>
    public static readonly IReadOnlyList<Utsendingsart> Brevene = [Utsendingsart.Brev];

    /// <summary>Sends what waits, at most <paramref name="maks"/> messages; only of the kinds <paramref name="arter"/> when given.</summary>
    public async Task<Resultat> KjorAsync(int maks, CancellationToken cancellationToken, IReadOnlyList<Utsendingsart>? arter = null)
    {
        int kvittert = 0, feilet = 0, utsatt = 0;
        for (var i = 0; i < maks; i++)
        {
            var utfall = await SendNesteAsync(cancellationToken, arter);
            if (utfall is null)
            {
                break;
            }

            _ = utfall.Value switch
            {
                Utsendingsstatus.Kvittert => kvittert++,
                Utsendingsstatus.Feilet => feilet++,
                _ => utsatt++,
            };
        }

        return new Resultat(kvittert, feilet, utsatt);
    }

    /// <summary>Sends the next waiting message (of the kinds <paramref name="arter"/>, when given); its status after the attempt, or null when nothing waits.</summary>
    public async Task<Utsendingsstatus?> SendNesteAsync(CancellationToken cancellationToken, IReadOnlyList<Utsendingsart>? arter = null)
    {
        db.Forkast();
        var naa = clock.GetUtcNow();
        var koder = (arter ?? []).Select(a => a.ToString()).ToArray();
        await using var transaksjon = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = (await db.Database.SqlQuery<long>($"""
            SELECT id AS "Value" FROM utsendinger u
             WHERE status = 'Venter' AND neste_forsok <= {naa} AND (cardinality({koder}) = 0 OR art = ANY({koder}))
               AND (art <> 'Sletting' OR NOT EXISTS (
                    SELECT 1 FROM utsendinger r WHERE r.referanse = u.referanse AND r.art = 'Registrering' AND r.status <> 'Kvittert'))
             ORDER BY neste_forsok, id
             LIMIT 1 FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken)).SingleOrDefault();
        if (id == 0)
        {
            return null;
        }

        var utsending = await db.Utsendinger.SingleAsync(u => u.Id == id, cancellationToken);
        // The receipt touches one register entry or one letter: the case comes without its deadlines and ledger.
        var sak = await db.Saker.SingleAsync(s => s.Id == utsending.SakId, cancellationToken);
        utsending.Forsok++;
        try
        {
            var (avsender, kvittering) = utsending.Art == Utsendingsart.Brev
                ? (brev.Navn, await brev.SendAsync(sak, utsending.Referanse, cancellationToken))
                : (registre.Navn, await SendTilRegisterAsync(sak, utsending, cancellationToken));
            utsending.Status = Utsendingsstatus.Kvittert;
            utsending.Kvittert = clock.GetUtcNow();
            utsending.Kvittering = kvittering;
            utsending.SisteFeil = null;
            db.Journal.Aktor = new Aktor(null, avsender);
            Forsok(utsending, true, $"Kvittert: {kvittering}");
        }
        catch (UtsendingAvvist avvist)
        {
            utsending.Status = Utsendingsstatus.Feilet;
            utsending.SisteFeil = Kort(avvist.Message);
            Forsok(utsending, false, "Avvist: " + avvist.Message);
        }
        catch (Exception feil) when (feil is UtsendingUtilgjengelig or HttpRequestException or TimeoutException)
        {
            utsending.SisteFeil = Kort(feil.Message);
            if (utsending.Forsok >= MaksForsok)
            {
                utsending.Status = Utsendingsstatus.Feilet;
            }
            else
            {
                utsending.NesteForsok = clock.GetUtcNow() + Ventetid(utsending.Forsok);
            }

            Forsok(utsending, false, "Ikke levert: " + feil.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaksjon.CommitAsync(cancellationToken);
        return utsending.Status;
    }

    /// <summary>Sends a notice to its register and records the receipt on the case's entry; the register's reference.</summary>
    private async Task<string> SendTilRegisterAsync(Domain.Saker.Sak sak, Utsending utsending, CancellationToken cancellationToken)
    {
        await db.Entry(sak).Collection(s => s.Registreringer).Query().Where(r => r.Referanse == utsending.Referanse).LoadAsync(cancellationToken);
        var registrering = sak.Registreringer.Single(r => r.Referanse == utsending.Referanse);
        var skyldner = await db.Skyldnere.Where(s => s.Id == sak.SkyldnerId).Select(s => s.Identifikator).SingleAsync(cancellationToken);
        var sletting = utsending.Art == Utsendingsart.Sletting;
        var melding = new Registermelding(utsending.Referanse, utsending.Register!.Value, sletting, registrering.Utfall,
            sak.Saksnummer, skyldner, sletting ? registrering.SlettemeldingSendt ?? registrering.Registrert : registrering.Registrert, registrering.Slettes);
        var kvittering = await registre.SendAsync(melding, cancellationToken);
        sak.KvitterRegister(utsending.Referanse, sletting, kvittering.Dato, kvittering.Registerreferanse);
        return kvittering.Registerreferanse;
    }

    /// <summary>How long a message waits after its <paramref name="forsok"/>th failed attempt: 1, 2, 4, 8, 16 minutes.</summary>
    public static TimeSpan Ventetid(int forsok) => TimeSpan.FromMinutes(Math.Pow(2, forsok - 1));

    private void Forsok(Utsending utsending, bool lyktes, string utfall) =>
        db.Utsendingsforsok.Add(new Utsendingsforsok { UtsendingId = utsending.Id, Tidspunkt = clock.GetUtcNow(), Lyktes = lyktes, Utfall = Kort(utfall) });

    private static string Kort(string tekst) => tekst.Length > 500 ? tekst[..500] : tekst;
}
