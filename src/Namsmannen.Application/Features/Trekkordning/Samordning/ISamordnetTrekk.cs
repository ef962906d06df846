namespace Namsmannen.Application.Features.Trekkordning.Samordning;

/// <summary>
/// The coordinated trekk (new regime, from 2026), an external party run by Skatteetaten: one trekk per debtor, paid by
/// the employer to Skatteetaten, which pays the claims in the debtor's kravkø one after another. Outbound, a decided
/// trekk is handed over with its claim (and stopped when the case closes); inbound, coverage per claim and period,
/// read from a watermark like any of Skatteetaten's feeds. Skatteetaten cannot be reached from here: the demo and the
/// tests use <see cref="SamordnetTrekkSimulator"/>, a local simulator, and production must register a real client.
/// Field names follow Skatteetaten's published trekkpålegg API where it has them (saksnummer, trekkpliktig, skyldner,
/// sekvensnummer, trekkbeloep).
/// </summary>
public interface ISamordnetTrekk
{
    /// <summary>Who answers, as the audit log names it: the simulator says it is one.</summary>
    string Navn { get; }

    /// <summary>Hands over a coordinated trekk; the same saksnummer again (a new version here) replaces what was handed over. Throws <see cref="SamordnetTrekkAvvist"/> for malformed input.</summary>
    Task<Overleveringskvittering> OverleverAsync(Trekkoverlevering overlevering, CancellationToken cancellationToken);

    /// <summary>The claim is settled or withdrawn here: Skatteetaten stops covering it.</summary>
    Task StoppAsync(string saksnummer, DateOnly dato, CancellationToken cancellationToken);

    /// <summary>Coverage after <paramref name="etterSekvensnummer"/>, at most <paramref name="antall"/>, in sequence.</summary>
    Task<Dekningsside> HentDekningAsync(long etterSekvensnummer, int antall, CancellationToken cancellationToken);
}

/// <param name="Prioritet">The claim's class in the kravkø (dekningsloven § 2-8), 1 (bidrag) to 5 (other claims).</param>
/// <param name="Krav">What the claim is owed when it is handed over.</param>
/// <param name="TrekkstoerrelseForPeriode">The monthly trekk decided in this case, by the day each amount applies from (as in Skatteetaten's trekkpålegg); the first is the trekk's start.</param>
public sealed record Trekkoverlevering(
    string Saksnummer,
    string Skyldner,
    string Trekkpliktig,
    int Prioritet,
    decimal Krav,
    IReadOnlyList<Trekkstoerrelse> TrekkstoerrelseForPeriode,
    DateOnly Vedtatt);

/// <summary>A monthly amount from a day (<c>gyldigFraOgMed</c>).</summary>
public sealed record Trekkstoerrelse(DateOnly GyldigFraOgMed, decimal Trekkbeloep);

public sealed record Overleveringskvittering(string Referanse, DateTimeOffset Mottatt);

/// <summary>Money the coordinated trekk paid to one claim for one period (<c>2026-12</c>), received from the employer on <see cref="Innbetalt"/>.</summary>
public sealed record Dekning(long Sekvensnummer, string Saksnummer, string Periode, decimal Beloep, DateOnly Innbetalt);

public sealed record Dekningsside(IReadOnlyList<Dekning> Dekninger, long Neste);

/// <summary>The coordinated trekk refused what was sent (malformed): the message says why, in its words.</summary>
public sealed class SamordnetTrekkAvvist(string melding) : Exception(melding);
