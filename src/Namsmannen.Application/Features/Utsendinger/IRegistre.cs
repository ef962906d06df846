using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Features.Utsendinger;

/// <summary>
/// The registers namsmannen notifies (domain.md § 8): Løsøreregisteret and the betalingsanmerkning at Brønnøysund,
/// the grunnbok at Kartverket. One notice at a time, identified by the entry's reference, so a notice sent again after
/// a lost answer is the same notice and gets the same receipt. Throws <see cref="UtsendingAvvist"/> for a notice the
/// register will never take, <see cref="UtsendingUtilgjengelig"/> when it cannot answer now.
/// </summary>
public interface IRegistre
{
    /// <summary>Who answers, as the audit log names it: a simulator says it is one.</summary>
    string Navn { get; }

    Task<Registerkvittering> SendAsync(Registermelding melding, CancellationToken cancellationToken);
}

/// <summary>A notice to a register about one entry of one case.</summary>
/// <param name="Referanse">Namsmannen's reference for the entry; the same notice again carries the same one.</param>
/// <param name="Sletting">A deletion of the entry, not its registration.</param>
/// <param name="Skyldner">The debtor's fødselsnummer or organisasjonsnummer, as the register keys its entries.</param>
public sealed record Registermelding(Guid Referanse, Register Register, bool Sletting, Registerutfall Utfall, string Saksnummer, string Skyldner, DateOnly Dato, DateOnly? Slettes);

/// <summary>The register's receipt: its own reference and the day the entry was made or deleted.</summary>
public sealed record Registerkvittering(string Registerreferanse, DateOnly Dato);

/// <summary>The receiver (a register, the digital mailbox) refused the message; sending it again will not help.</summary>
public sealed class UtsendingAvvist(string message) : Exception(message);

/// <summary>The receiver could not answer now; the message is tried again later.</summary>
public sealed class UtsendingUtilgjengelig(string message) : Exception(message);

/// <summary>
/// In Production, until a real client for Brønnøysundregistrene and Kartverket exists: every notice fails plainly and
/// waits on the office's error list, so the local simulator never answers for a register there.
/// </summary>
public sealed class RegistreIkkeTilkoblet : IRegistre
{
    public string Navn => "Registrene (ikke tilkoblet)";

    public Task<Registerkvittering> SendAsync(Registermelding melding, CancellationToken cancellationToken) =>
        throw new UtsendingUtilgjengelig("Registrene er ikke tilkoblet i denne installasjonen: meldingen venter til en klient for Brønnøysundregistrene og Kartverket er satt opp.");
}
