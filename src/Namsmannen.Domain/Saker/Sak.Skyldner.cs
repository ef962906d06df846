using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>What the debtor does on the case from «Min sak» (issue 19), beside a klage (registered as any klage is).</summary>
public sealed partial class Sak
{
    /// <summary>The longest request the creditor is sent.</summary>
    public const int UtsettelsesonskeMaksLengde = 1000;

    // seed 002: «For at namsmannen skal utsette saken, må kreditoren gi beskjed til namsmannen» – the debtor's request goes to the creditor
    public void BeOmUtsettelse(DateOnly dato, DateOnly? onsketTil, string begrunnelse)
    {
        if (Saksforlop.Finn(Stadium, Type, Handling.Utsett) is null)
        {
            throw new DomainException($"Saken kan ikke utsettes når den står i «{Stadium.Navn()}».");
        }

        if (string.IsNullOrWhiteSpace(begrunnelse) || begrunnelse.Length > UtsettelsesonskeMaksLengde)
        {
            throw new DomainException($"Skriv kort hvorfor du ber om utsettelse (høyst {UtsettelsesonskeMaksLengde} tegn).", "Begrunnelse");
        }

        if (onsketTil is { } til && til <= dato)
        {
            throw new DomainException("Datoen du ønsker utsettelse til, må være etter i dag.", "OnsketTil");
        }

        hendelser.Add(new Sakshendelse.UtsettelseOnsket(dato, onsketTil, begrunnelse.Trim()));
    }
}
