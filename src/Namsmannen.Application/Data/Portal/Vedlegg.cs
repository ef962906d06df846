namespace Namsmannen.Application.Data.Portal;

/// <summary>A document attached to a case (a PDF: the tvangsgrunnlag, the § 4-18 varsel), stored in PostgreSQL.</summary>
public sealed class Vedlegg
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public string Filnavn { get; init; } = string.Empty;

    public string Innholdstype { get; init; } = string.Empty;

    public int Storrelse { get; init; }

    public byte[] Innhold { get; init; } = [];

    public DateTimeOffset LastetOpp { get; init; }

    public string LastetOppAvNavn { get; init; } = string.Empty;
}
