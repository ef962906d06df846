using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// Where employers pay a coordinated trekk (new regime): Skatteetaten's account for it. Injected, so production names
/// the real account; the demo and the tests use <see cref="Simulator"/>, which is not a real account.
/// </summary>
public sealed record Samordningskonto(string Navn, string Kontonummer)
{
    public static Samordningskonto Simulator { get; } = new(
        "Skatteetaten, samordnet trekk (simulator)",
        Domain.Penger.Kontonummer.MedKontrollsiffer("7694" + "050001")!.Verdi);
}

/// <summary>Making, reading and stopping a case's trekkpålegg, so every path that writes a version also records it on the case.</summary>
public static class Trekkpaleggene
{
    /// <summary>Where the employer pays: the creditor (old regime; its account, matched by the case number) or the coordinated trekk (the case's KID).</summary>
    public static BetalTil BetalTil(Trekkregime regime, Kreditor kreditor, Sak sak, Samordningskonto samordning) => regime == Trekkregime.Direkte
        ? new BetalTil(kreditor.Kontonummer, null)
        : new BetalTil(samordning.Kontonummer, sak.Kid);

    /// <summary>The order for a decided utleggstrekk, version 1, recorded on the case; saved with the case.</summary>
    public static async Task<Trekkpalegg> VedtaAsync(NamsmannenDbContext db, Sak sak, Trekkvedtak trekk, Samordningskonto samordning, CancellationToken cancellationToken)
    {
        var kreditor = await db.Kreditorer.SingleAsync(k => k.Id == sak.KreditorId, cancellationToken);
        var regime = Trekkpalegg.RegimeFor(trekk.Vedtatt);
        var palegg = Trekkpalegg.Vedta(trekk.Id, sak.Id, sak.SkyldnerId, trekk.ArbeidsgiverOrgnr, trekk.Vedtatt, trekk.Start, trekk.SenesteSlutt, new Belop(trekk.BelopPerManed), BetalTil(regime, kreditor, sak, samordning));
        db.Trekkpalegg.Add(palegg);
        sak.RegistrerTrekkversjon(palegg, palegg.Gjeldende);
        return palegg;
    }

    /// <summary>
    /// A recalculated amount for the case's order (<see cref="Trekkpalegg.RegnOm"/>), recorded on the case with the
    /// calculation behind it kept for the letter and the debtor. Null when the amount is the same.
    /// </summary>
    public static Trekkversjon? RegnOm(NamsmannenDbContext db, Sak sak, Trekkpalegg palegg, Belop belop, DateOnly fra, string grunn, DateOnly idag, string grunnlag, string beregning, DateOnly satserFra, IReadOnlyList<long> satsrader)
    {
        if (palegg.RegnOm(belop, fra, grunn, idag) is not { } versjon)
        {
            return null;
        }

        sak.RegistrerTrekkversjon(palegg, versjon);
        db.Trekkberegninger.Add(new Data.Utlegg.Trekkberegning
        {
            TrekkId = palegg.Id,
            Versjon = versjon.Versjon,
            Grunnlag = grunnlag,
            Beregning = beregning,
            SatserFra = satserFra,
            Satsrader = [.. satsrader],
            Dato = idag,
        });
        return versjon;
    }

    /// <summary>Stops the case's running order on <paramref name="dato"/>, if it has one, and records the STOPPET version on the case.</summary>
    public static async Task StoppAsync(NamsmannenDbContext db, Sak sak, DateOnly dato, string grunn, CancellationToken cancellationToken)
    {
        var palegg = db.Trekkpalegg.Local.SingleOrDefault(t => t.SakId == sak.Id)
            ?? await db.Trekkpalegg.SingleOrDefaultAsync(t => t.SakId == sak.Id, cancellationToken);
        if (palegg?.Stopp(dato, grunn) is { } versjon)
        {
            sak.RegistrerTrekkversjon(palegg, versjon);
        }
    }
}
