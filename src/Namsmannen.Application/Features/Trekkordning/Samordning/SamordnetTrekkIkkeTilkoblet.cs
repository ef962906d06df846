namespace Namsmannen.Application.Features.Trekkordning.Samordning;

/// <summary>
/// Production without a client for Skatteetaten's coordinated trekk: every call fails with a plain message, so the
/// scheduler's job fails visibly and nothing is handed over or booked. The local simulator is never used in production.
/// </summary>
public sealed class SamordnetTrekkIkkeTilkoblet : ISamordnetTrekk
{
    private const string Melding = "Samordnet trekk hos Skatteetaten er ikke tilkoblet i denne installasjonen. Ingenting er overlevert eller bokført.";

    public string Navn => "Samordnet trekk (ikke tilkoblet)";

    public Task<Overleveringskvittering> OverleverAsync(Trekkoverlevering overlevering, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Melding);

    public Task StoppAsync(string saksnummer, DateOnly dato, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Melding);

    public Task<Dekningsside> HentDekningAsync(long etterSekvensnummer, int antall, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Melding);
}
