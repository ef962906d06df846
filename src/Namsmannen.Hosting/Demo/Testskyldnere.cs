using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Hosting.Demo;

/// <summary>
/// The demo's two test persons for «Min sak» (issue 19), logged in through the local test identity provider (not
/// ID-porten): debtors of the portal creditor with a running trekk, those with months received first. The first reads bokmål,
/// the second has asked for nynorsk. `./build.sh run` prints their fødselsnumre (synthetic, like Digdir's test persons).
/// </summary>
public static class Testskyldnere
{
    public static async Task<IReadOnlyList<(string Fodselsnummer, string Navn, Domain.Parter.Malform? Malform)>> FinnAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        var epost = DemoBrukere.Alle.Single(b => b.Rolle == Application.Identity.Roller.Kreditor).Epost;
        var portalkreditor = await db.Users.Where(u => u.Email == epost)
            .Select(u => u.KreditorId).SingleOrDefaultAsync(cancellationToken);
        // Those whose trekk has months received first (on an early demo day there may be none yet), then by fødselsnummer.
        var personer = await db.Trekkpalegg
            // In klagebehandling too: the same two after one of them has complained on «Min sak».
            .Join(db.Saker.Where(s => (s.Stadium == Saksstadium.Utleggstrekk || s.Stadium == Saksstadium.Klagebehandling) && s.KreditorId == portalkreditor), t => t.SakId, s => s.Id, (t, s) => new { TrekkId = t.Id, s.SkyldnerId })
            .Join(db.Skyldnere.Where(d => d.Type == Domain.Parter.Skyldnertype.Person), x => x.SkyldnerId, d => d.Id, (x, d) => new
            {
                d.Identifikator,
                d.Navn,
                d.Malform,
                Mottatt = db.Trekkperioder.Any(p => p.TrekkId == x.TrekkId && p.Mottatt > 0),
            })
            .OrderByDescending(d => d.Mottatt).ThenBy(d => d.Identifikator).Take(2).ToListAsync(cancellationToken);
        return personer.Select(p => (p.Identifikator, p.Navn, p.Malform)).ToList();
    }
}
