namespace Namsmannen.Application.Data.Portal;

/// <summary>A creditor's token bucket for the API quota, shared by every instance (<c>Features.Portal.Kvote</c>).</summary>
public sealed class ApiKvote
{
    public Guid KreditorId { get; init; }

    public double Tokens { get; init; }

    public DateTimeOffset Oppdatert { get; init; }

    public bool Tillatt { get; init; }
}
