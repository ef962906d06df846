namespace Namsmannen.Domain.Saker;

/// <summary>What a deadline on a case is for.</summary>
public enum Fristtype
{
    /// <summary>The day the varsel fixed for the utleggsforretning (tvangsfullbyrdelsesloven § 7-10).</summary>
    Utleggsforretning,

    /// <summary>The klagefrist after a tilbakelevering (one month from the letter, domain.md § 9).</summary>
    Klagefrist,

    /// <summary>The day the creditor's utsettelse runs out.</summary>
    UtsattTil,

    /// <summary>An employer reported a deviation on a trekk (employment ended, too little pay, another trekk first): the caseworker follows it up.</summary>
    Trekkavvik,

    /// <summary>A month's trekk was not remitted, or remitted short, ten days after the pay day: the caseworker follows it up.</summary>
    Trekkinnbetaling,

    /// <summary>The debtor documented expenses or a changed household on «Min sak» (issue 19): the caseworker decides a new trekk.</summary>
    Skyldnerdokumentasjon,
}

/// <summary>
/// A deadline on a case, owned by the case (<see cref="Sak.Frister"/>): what it is for, its day, and the day it was
/// met. Changed only through the case.
/// </summary>
public sealed class Frist
{
    private Frist()
    {
        Beskrivelse = string.Empty;
    }

    internal Frist(Fristtype type, DateOnly dato, string beskrivelse)
    {
        Type = type;
        Dato = dato;
        Beskrivelse = beskrivelse.Trim();
    }

    public long Id { get; private set; }

    public Guid SakId { get; private set; }

    public Fristtype Type { get; private set; }

    public DateOnly Dato { get; private set; }

    public string Beskrivelse { get; private set; }

    /// <summary>Whether the deadline is met (the forretning held, the utsettelse over); an open one counts in the work list.</summary>
    public bool Oppfylt { get; private set; }

    /// <summary>The day it was met, when known: for an utleggsforretning the day it was actually held.</summary>
    public DateOnly? OppfyltDato { get; private set; }

    /// <summary>A task's deadline (a deviation, a missing remittance) as the caseworker sees it: open until handled.</summary>
    public bool ErTrekkoppgave => Type is Fristtype.Trekkavvik or Fristtype.Trekkinnbetaling or Fristtype.Skyldnerdokumentasjon;

    /// <summary>The deadline now runs to another day, for another reason (a klagefrist counted from the letter's receipt).</summary>
    internal void Flytt(DateOnly dato, string beskrivelse)
    {
        Dato = dato;
        Beskrivelse = beskrivelse.Trim();
    }

    internal void Oppfyll(DateOnly dato)
    {
        Oppfylt = true;
        OppfyltDato = dato;
    }
}
