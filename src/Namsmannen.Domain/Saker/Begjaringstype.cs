namespace Namsmannen.Domain.Saker;

/// <summary>What the creditor asks namsmannen to do (shared/domain.md § 2, step 3).</summary>
public enum Begjaringstype
{
    Utlegg,
    Tvangssalg,
    Tilbakelevering,
}
