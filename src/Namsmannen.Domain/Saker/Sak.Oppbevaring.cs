using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>A legal hold (issue 20): while it stands, nothing of the case is deleted or anonymised.</summary>
public sealed partial class Sak
{
    /// <summary>The longest reason for setting or lifting a legal hold.</summary>
    public const int HoldgrunnMaksLengde = 500;

    /// <summary>Why the case is held from deletion (a lawsuit, an inquiry, a request for access), or null when it is not.</summary>
    public string? RettsligHold { get; private set; }

    /// <summary>The day the legal hold was set.</summary>
    public DateOnly? RettsligHoldSatt { get; private set; }

    /// <summary>The day the case's personal data was replaced by a tombstone (by the database's own function, never by the app).</summary>
    public DateOnly? Anonymisert { get; private set; }

    /// <summary>The day the retention job deleted the case's attachments and letter files.</summary>
    public DateOnly? DokumenterSlettet { get; private set; }

    /// <summary>The first day the case's attachments and letter files are deleted, unless it is held; null while it is open.</summary>
    public DateOnly? DokumenterSlettesFra => Avsluttet is { } a ? Oppbevaring.DokumenterSlettes(a) : null;

    /// <summary>The first day the case is anonymised, unless it is held; null while it is open.</summary>
    public DateOnly? AnonymiseresFra => Avsluttet is { } a ? Oppbevaring.Anonymiseres(a) : null;

    public void SettRettsligHold(DateOnly dato, string grunn)
    {
        if (Anonymisert is not null)
        {
            throw new DomainException("Saken er alt anonymisert; det er ingen personopplysninger igjen å holde tilbake.");
        }

        if (RettsligHold is not null)
        {
            throw new DomainException("Saken har alt rettslig hold.");
        }

        RettsligHold = Holdgrunn(grunn);
        RettsligHoldSatt = dato;
        hendelser.Add(new Sakshendelse.RettsligHoldSatt(dato, RettsligHold));
    }

    public void OpphevRettsligHold(DateOnly dato, string grunn)
    {
        if (RettsligHold is null)
        {
            throw new DomainException("Saken har ikke rettslig hold.");
        }

        var begrunnelse = Holdgrunn(grunn);
        hendelser.Add(new Sakshendelse.RettsligHoldOpphevet(dato, RettsligHold, begrunnelse));
        RettsligHold = null;
        RettsligHoldSatt = null;
    }

    /// <summary>
    /// Records that the retention job deleted the case's <paramref name="vedlegg"/> attachments and
    /// <paramref name="brevfiler"/> letter files on <paramref name="dato"/>; refused for an open case, a held case, or
    /// before the day <see cref="Oppbevaring"/> allows.
    /// </summary>
    public void SlettDokumenter(DateOnly dato, int vedlegg, int brevfiler)
    {
        if (Avsluttet is not { } avsluttet || RettsligHold is not null || DokumenterSlettet is not null || dato < Oppbevaring.DokumenterSlettes(avsluttet))
        {
            throw new DomainException($"Dokumentene i sak {Saksnummer} kan ikke slettes nå.");
        }

        DokumenterSlettet = dato;
        hendelser.Add(new Sakshendelse.DokumenterSlettet(vedlegg, brevfiler, avsluttet));
    }

    private static string Holdgrunn(string grunn) => string.IsNullOrWhiteSpace(grunn) || grunn.Trim().Length > HoldgrunnMaksLengde
        ? throw new DomainException($"Skriv hvorfor (høyst {HoldgrunnMaksLengde} tegn).", "Grunn")
        : grunn.Trim();
}
