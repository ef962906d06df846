using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// How a public body reaches a party, in the shape of the national services: a person is looked up in the contact and
/// reservation register (KRR, Digdir), which says whether they have a digital mailbox, whether they have reserved
/// themselves against digital post, and their language; the letter then goes to that mailbox, or to the print service
/// for paper. An organisation gets it in its digital inbox. A letter sent again under the same reference is the same
/// letter and gets the same receipt. Throws <see cref="Utsendinger.UtsendingAvvist"/> for a letter that can never be
/// delivered, <see cref="Utsendinger.UtsendingUtilgjengelig"/> when the service cannot answer now.
/// </summary>
public interface IDigitalPost
{
    /// <summary>Who answers, as the audit log names it: a simulator says it is one.</summary>
    string Navn { get; }

    /// <summary>KRR's answer for a person (fødselsnummer or D-nummer).</summary>
    Task<Kontaktinfo> SlaOppAsync(string fodselsnummer, CancellationToken cancellationToken);

    Task<Leveringskvittering> SendAsync(Forsendelse forsendelse, CancellationToken cancellationToken);

    /// <summary>The mailbox's opening receipt: the day the recipient opened the digital letter <paramref name="referanse"/>, or null while not opened.</summary>
    Task<DateOnly?> ApnetAsync(Guid referanse, CancellationToken cancellationToken);
}

/// <summary>KRR's answer: reserved against digital post, has a digital mailbox, and the language the person chose (null: none).</summary>
public sealed record Kontaktinfo(bool Reservert, bool HarDigitalPostkasse, Malform? Sprak)
{
    /// <summary>Digital only to a person who has a mailbox and has not reserved; paper otherwise.</summary>
    public Brevkanal Kanal => HarDigitalPostkasse && !Reservert ? Brevkanal.Digital : Brevkanal.Papir;
}

/// <summary>A letter to send: its reference, who it is to, the channel, and the printed letter.</summary>
/// <param name="Mottaker">The recipient's fødselsnummer or organisasjonsnummer.</param>
/// <param name="Adresse">The postal address, for paper: name first, then the lines.</param>
public sealed record Forsendelse(Guid Referanse, string Mottaker, Brevkanal Kanal, IReadOnlyList<string> Adresse, string Tittel, byte[] Pdf);

/// <summary>The receipt: the service's reference and the day the letter reached the recipient (for paper, the day it counts as received).</summary>
public sealed record Leveringskvittering(string Referanse, Brevkanal Kanal, DateOnly Levert);

/// <summary>
/// In Production, until clients for KRR, the digital mailbox and the print service exist: every letter fails plainly and
/// waits on the office's error list, so the local simulator never answers for them there.
/// </summary>
public sealed class DigitalPostIkkeTilkoblet : IDigitalPost
{
    public string Navn => "Digital post (ikke tilkoblet)";

    public Task<Kontaktinfo> SlaOppAsync(string fodselsnummer, CancellationToken cancellationToken) => throw Feil();

    public Task<Leveringskvittering> SendAsync(Forsendelse forsendelse, CancellationToken cancellationToken) => throw Feil();

    public Task<DateOnly?> ApnetAsync(Guid referanse, CancellationToken cancellationToken) => throw Feil();

    private static Utsendinger.UtsendingUtilgjengelig Feil() =>
        new("Digital post er ikke tilkoblet i denne installasjonen: brevet venter til klienter for KRR, digital postkasse og utskriftstjenesten er satt opp.");
}
