using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>Money received for a month of a trekk, recorded on that month beside what was expected (issue 17).</summary>
public static class Trekkinnbetalinger
{
    /// <summary>
    /// Records <paramref name="belop"/> received on <paramref name="mottatt"/> for <paramref name="periode"/> of the case's
    /// order, before the payment is booked. A month the follow-up has not reached yet gets its expectation now.
    /// </summary>
    public static async Task RegistrerAsync(NamsmannenDbContext db, Sak sak, Trekkmaned periode, Belop belop, DateOnly mottatt, decimal? rapportertTrukket, CancellationToken cancellationToken)
    {
        var palegg = await db.Trekkpalegg.SingleOrDefaultAsync(t => t.SakId == sak.Id, cancellationToken)
            ?? throw new DomainException($"Sak {sak.Saksnummer} har ikke noe trekkpålegg. Meld betalingen uten trekkperiode.", "Trekkperiode");
        var kode = periode.ToString();
        var rad = await db.Trekkperioder.SingleOrDefaultAsync(p => p.TrekkId == palegg.Id && p.Periode == kode, cancellationToken);
        if (rad is null)
        {
            var forventet = palegg.Forventet(periode)
                ?? throw new DomainException($"Trekkpålegget gjelder ikke {kode}: trekket løper ikke den måneden.", "Trekkperiode");
            var lonnsdag = periode.Lonnsdag(palegg.Lonnsdag);
            rad = new Trekkperiode
            {
                TrekkId = palegg.Id,
                Periode = kode,
                SakId = sak.Id,
                Forventet = Belop.Min(forventet, Belop.Max(Belop.Null, new Belop(sak.Utestaende))).Kroner,
                Lonnsdag = lonnsdag,
                Oppfolgingsdag = periode.Oppfolgingsdag(palegg.Lonnsdag),
            };
            db.Trekkperioder.Add(rad);
        }

        rad.Mottatt += belop.Kroner;
        rad.SistMottatt = rad.SistMottatt is { } sist && sist > mottatt ? sist : mottatt;
        if (rapportertTrukket is { } trukket)
        {
            rad.RapportertTrukket = (rad.RapportertTrukket ?? 0m) + trukket;
        }
    }
}
