using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The running trekk of one case as the case page shows it: the order's versions (what the employer has read), the
/// months (expected, reported, received, followed up) and the open trekk tasks the caseworker can close.
/// </summary>
public static class Trekkoversikt
{
    /// <param name="Grunnlag">What the newest calculation was given (a documented change starts from it); null when not stored.</param>
    /// <param name="Samordning">For a coordinated trekk: whether and when it was handed over to the coordinated trekk, or why it was refused.</param>
    public sealed record Result(string Orgnr, Trekkregime Regime, int Lonnsdag, IReadOnlyList<Versjon> Versjoner, IReadOnlyList<Maned> Maneder, IReadOnlyList<Oppgave> Oppgaver, BeregnUtleggstrekk.Query? Grunnlag)
    {
        public Data.Utlegg.SamordnetOverlevering? Samordning { get; init; }

        public bool ErStoppet => Versjoner.Count > 0 && Versjoner[0].Status == Trekkstatus.Stoppet;
    }

    public sealed record Versjon(int Nummer, Trekkstatus Status, decimal BelopPerManed, DateOnly FraDato, DateOnly? TilDato, string? Konto, string? Kid, string Grunn, DateOnly Dato);

    public sealed record Maned(string Periode, decimal Forventet, decimal? RapportertTrukket, decimal Mottatt, DateOnly? SistMottatt, DateOnly Lonnsdag, DateOnly Oppfolgingsdag, DateOnly? MangelMeldt);

    public sealed record Oppgave(long Id, Fristtype Type, DateOnly Frist, string Beskrivelse);

    /// <summary>At most this many months are shown, newest first.</summary>
    public const int Maneder = 36;

    /// <summary>The case's trekk, or null when no order was made for it.</summary>
    public static async Task<Result?> ForSakAsync(NamsmannenDbContext db, Guid sakId, CancellationToken cancellationToken)
    {
        if (await db.Trekkpalegg.AsNoTracking().SingleOrDefaultAsync(t => t.SakId == sakId, cancellationToken) is not { } palegg)
        {
            return null;
        }

        var maneder = await db.Trekkperioder.AsNoTracking().Where(p => p.TrekkId == palegg.Id).OrderByDescending(p => p.Periode).Take(Maneder)
            .Select(p => new Maned(p.Periode, p.Forventet, p.RapportertTrukket, p.Mottatt, p.SistMottatt, p.Lonnsdag, p.Oppfolgingsdag, p.MangelMeldt))
            .ToListAsync(cancellationToken);
        var oppgaver = await db.Frister.AsNoTracking()
            .Where(f => f.SakId == sakId && !f.Oppfylt && (f.Type == Fristtype.Trekkavvik || f.Type == Fristtype.Trekkinnbetaling || f.Type == Fristtype.Skyldnerdokumentasjon))
            .OrderBy(f => f.Dato).Select(f => new Oppgave(f.Id, f.Type, f.Dato, f.Beskrivelse)).ToListAsync(cancellationToken);
        var versjoner = palegg.Versjoner.OrderByDescending(v => v.Versjon)
            .Select(v => new Versjon(v.Versjon, v.Status, v.BelopPerManed.Kroner, v.FraDato, v.TilDato, v.Konto, v.Kid, v.Grunn, v.Dato)).ToList();
        var grunnlag = await db.Trekkberegninger.Where(b => b.TrekkId == palegg.Id).OrderByDescending(b => b.Versjon).Select(b => b.Grunnlag).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Trekk.Where(t => t.Id == palegg.Id).Select(t => t.Grunnlag).SingleAsync(cancellationToken);
        return new Result(palegg.Orgnr, palegg.Regime, palegg.Lonnsdag, versjoner, maneder.Select(m => m with { Periode = m.Periode.Trim() }).ToList(), oppgaver, Les(grunnlag))
        {
            Samordning = await db.SamordnetOverleveringer.AsNoTracking().SingleOrDefaultAsync(o => o.TrekkId == palegg.Id, cancellationToken),
        };
    }

    /// <summary>A stored basis, or null when it is not one (stored before bases were kept, or unreadable).</summary>
    public static BeregnUtleggstrekk.Query? Les(string grunnlag)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<BeregnUtleggstrekk.Query>(grunnlag) is { Dato: not null, NettoInntektPerManed: not null } q ? q : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
