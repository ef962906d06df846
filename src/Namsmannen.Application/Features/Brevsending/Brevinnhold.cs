namespace Namsmannen.Application.Features.Brevsending;

/// <summary>A letter's text as a template wrote it, in blocks the HTML writer lays out; nothing here knows of HTML.</summary>
/// <param name="Mal">The template and version that wrote it, such as <c>varsel-utleggsforretning/nn/1</c>.</param>
public sealed record Brevinnhold(string Mal, string Tittel, IReadOnlyList<Brevblokk> Blokker);

public abstract record Brevblokk;

/// <summary>A heading inside the letter.</summary>
public sealed record Overskrift(string Tekst) : Brevblokk;

/// <summary>A paragraph.</summary>
public sealed record Avsnitt(string Tekst) : Brevblokk;

/// <summary>A list of points.</summary>
public sealed record Punkter(IReadOnlyList<string> Tekster) : Brevblokk;

/// <summary>A deadline the reader must not miss, set apart from the text.</summary>
public sealed record Fristboks(string Tekst) : Brevblokk;

/// <summary>A table of amounts, with a caption and a total when there is one.</summary>
public sealed record Belopstabell(string Bildetekst, string Kolonne, IReadOnlyList<(string Post, string Verdi)> Rader, (string Post, string Verdi)? Sum) : Brevblokk;
