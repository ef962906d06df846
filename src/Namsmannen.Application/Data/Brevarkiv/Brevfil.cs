namespace Namsmannen.Application.Data.Brevarkiv;

/// <summary>
/// A sent letter as its recipient got it (table <c>brevfiler</c>): the accessible HTML the portals show and the PDF,
/// kept beside the letter's record (<see cref="Domain.Saker.Brev"/>) so that loading a case never loads them.
/// </summary>
public sealed class Brevfil
{
    public Guid BrevId { get; init; }

    public string Html { get; init; } = string.Empty;

    public byte[] Pdf { get; init; } = [];
}
