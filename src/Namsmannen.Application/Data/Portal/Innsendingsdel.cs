namespace Namsmannen.Application.Data.Portal;

/// <summary>The receipts of up to 1 000 items of a submission, as the JSON array the API answered with.</summary>
public sealed class Innsendingsdel
{
    public Guid InnsendingId { get; init; }

    public int Nummer { get; init; }

    public string Kvitteringer { get; init; } = "[]";
}
