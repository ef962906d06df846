namespace Namsmannen.Application.Data.Portal;

/// <summary>Who attached a document: each party sees only its own; the caseworker sees all.</summary>
public enum Vedleggsavsender
{
    /// <summary>The creditor (the tvangsgrunnlag, the § 4-18 varsel), from the portal or the API.</summary>
    Kreditor,

    /// <summary>The debtor documenting expenses or a changed household on «Min sak» (issue 19): never shown to the creditor.</summary>
    Skyldner,
}

/// <summary>A document attached to a case (a PDF, or from the debtor also a photo), stored in PostgreSQL.</summary>
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

    public Vedleggsavsender Avsender { get; init; } = Vedleggsavsender.Kreditor;
}
