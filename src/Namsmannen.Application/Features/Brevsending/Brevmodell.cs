using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>A party as a letter names it: name and the address lines that may be printed (none for a protected one).</summary>
/// <param name="Identifikator">
/// The fødselsnummer or organisasjonsnummer as the letter may show it: whole only to the person it belongs to, masked
/// (<c>010190 *****</c>) to everyone else.
/// </param>
public sealed record Brevpart(string Navn, IReadOnlyList<string> Adresse, string Identifikator);

/// <summary>One line of a table in a letter: what, and the amount in kroner.</summary>
public sealed record Belopslinje(string Post, decimal Belop);

/// <summary>
/// The trekk a letter tells about: the amount, from when, to whom it is paid, and how it was calculated: what the
/// household keeps, post by post (<paramref name="Beregning"/>), out of the net income.
/// </summary>
public sealed record Brevtrekk(
    decimal BelopPerManed,
    DateOnly Fra,
    DateOnly? Til,
    string Arbeidsgiver,
    int Versjon,
    Domain.Trekkordning.Trekkstatus Status,
    string Grunn,
    string? Konto,
    string? Kid,
    IReadOnlyList<Belopslinje> Beregning,
    decimal? NettoInntekt = null);

/// <summary>An asset the utleggsforretning found, with whether utleggspant was taken in it.</summary>
public sealed record Brevformuesgode(string Beskrivelse, decimal Verdi, bool Utleggspant, string Begrunnelse);

/// <summary>A sale and how its money was shared: the price, the costs, and each recipient's share in order.</summary>
public sealed record Brevfordeling(decimal Salgssum, decimal Rettsgebyr, decimal Salgsomkostninger, IReadOnlyList<Belopslinje> Linjer);

/// <summary>A decided klage: what it concerned, the outcome and the reason.</summary>
public sealed record Brevklage(Domain.Regler.Klagegjelder Gjelder, DateOnly Mottatt, Klageutfall Utfall, bool AvTingretten, string Avgjorelse);

/// <summary>
/// Everything a letter's template reads, composed from the case as the outbox sends it and from the facts as they stood
/// when the letter was ordered (<see cref="Brev.Grunnlag"/>). Nothing in it is looked up while the text is written.
/// </summary>
/// <param name="Dato">The letter's date: the day it is sent.</param>
/// <param name="Innbetalingskonto">Namsmannen's account a debtor pays to, with the case's <paramref name="Kid"/>.</param>
/// <param name="UtleggsforretningTidOgSted">When and where on <paramref name="Utleggsforretning"/>'s day, as the varsel fixed it: «kl. 10:00, Grønlandsleiret 44».</param>
/// <param name="Mottas">The day the recipient is expected to have it (the day it is sent digitally; on paper, <see cref="Domain.Regler.Brevregler.PapirMottatt"/>): deadlines the letter names count from it.</param>
public sealed record Brevmodell(
    Brevart Art,
    Brevmottaker Mottaker,
    Malform Malform,
    string Saksnummer,
    string Kontor,
    DateOnly Dato,
    DateOnly Mottas,
    Brevpart Mottakeren,
    Brevpart Skyldner,
    string Kreditor,
    string KreditorReferanse,
    Brevgrunnlag Grunnlag,
    string Innbetalingskonto,
    string Kid,
    DateOnly? Utleggsforretning = null,
    string? UtleggsforretningTidOgSted = null,
    Brevtrekk? Trekk = null,
    IReadOnlyList<Brevformuesgode>? Formuesgoder = null,
    Brevfordeling? Fordeling = null,
    Brevklage? Klage = null,
    decimal? Tilbakeleveringsverdi = null);
