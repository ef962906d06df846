using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>A case as one line of a list. The debtor's identity number is always masked here.</summary>
public sealed record SakRad(
    string Saksnummer,
    Saksstadium Stadium,
    Begjaringstype Type,
    string Skyldner,
    string SkyldnerIdMaskert,
    string Kreditor,
    decimal Krav,
    DateOnly Mottatt,
    uint Versjon,
    string Postnummer,
    string Poststed)
{
    /// <summary>What Posten's register says is wrong with the debtor's postnummer and poststed; set in the view of addresses to check.</summary>
    public string? Adresseavvik { get; init; }
}

internal static class SakRader
{
    /// <summary>The first <paramref name="antall"/> cases of <paramref name="saker"/>, oldest first, as list rows.</summary>
    /// <param name="alleredeSortert">The query is already in (mottatt, saksnummer) order, by another table's key.</param>
    public static async Task<List<SakRad>> ListAsync(NamsmannenDbContext db, IQueryable<Sak> saker, int antall, CancellationToken cancellationToken, bool alleredeSortert = false)
    {
        var rows = await (alleredeSortert ? saker : saker.OrderBy(s => s.Mottatt).ThenBy(s => s.Saksnummer))
            .Take(antall)
            .Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new { s, d })
            .Join(db.Kreditorer, x => x.s.KreditorId, k => k.Id, (x, k) => new { x.s, x.d, Kreditor = k.Navn })
            .OrderBy(x => x.s.Mottatt).ThenBy(x => x.s.Saksnummer)
            .Select(x => new
            {
                x.s.Saksnummer,
                x.s.Stadium,
                x.s.Type,
                Skyldner = x.d.Navn,
                SkyldnerType = x.d.Type,
                x.d.Identifikator,
                x.d.Postnummer,
                x.d.Poststed,
                x.Kreditor,
                // An amount is a Belop, added up here in memory (EF cannot add converted values in SQL).
                x.s.Hovedstol,
                x.s.Renter,
                x.s.Omkostninger,
                x.s.Mottatt,
                x.s.Versjon,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SakRad(
            r.Saksnummer, r.Stadium, r.Type, r.Skyldner,
            r.SkyldnerType == Skyldnertype.Person ? Fodselsnummer.Mask(r.Identifikator) : r.Identifikator,
            r.Kreditor, r.Hovedstol + r.Renter + r.Omkostninger, r.Mottatt, r.Versjon, r.Postnummer, r.Poststed)).ToList();
    }
}
