namespace Namsmannen.Application.Data.Utlegg;

public sealed class FordelingForslagLinje
{
    public long Id { get; init; }

    public Guid FordelingId { get; init; }

    public int Rekkefolge { get; init; }

    public string Mottaker { get; init; } = string.Empty;

    public decimal Belop { get; init; }

    public decimal Udekket { get; init; }

    public bool Saksoker { get; init; }
}
