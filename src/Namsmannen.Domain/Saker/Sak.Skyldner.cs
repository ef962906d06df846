using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>What the debtor does on the case from «Min sak» (issue 19), beside a klage (registered as any klage is).</summary>
public sealed partial class Sak
{
    /// <summary>The longest text the debtor writes on a request: a reason for utsettelse, what changed in the household.</summary>
    public const int SkyldnertekstMaksLengde = 1000;

    // seed 002: «For at namsmannen skal utsette saken, må kreditoren gi beskjed til namsmannen» – the debtor's request goes to the creditor
    public void BeOmUtsettelse(DateOnly dato, DateOnly? onsketTil, string begrunnelse)
    {
        if (Saksforlop.Finn(Stadium, Type, Handling.Utsett) is null)
        {
            throw new DomainException($"Saken kan ikke utsettes når den står i «{Stadium.Navn()}».");
        }

        if (string.IsNullOrWhiteSpace(begrunnelse) || begrunnelse.Length > SkyldnertekstMaksLengde)
        {
            throw new DomainException($"Skriv kort hvorfor du ber om utsettelse (høyst {SkyldnertekstMaksLengde} tegn).", "Begrunnelse");
        }

        if (onsketTil is { } til && til <= dato)
        {
            throw new DomainException("Datoen du ønsker utsettelse til, må være etter i dag.", "OnsketTil");
        }

        hendelser.Add(new Sakshendelse.UtsettelseOnsket(dato, onsketTil, begrunnelse.Trim()));
    }

    // dekningsloven § 2-7: trekket skal bygge på skyldnerens dokumenterte utgifter; ny dokumentasjon gir saksbehandleren en oppgave
    public DateOnly DokumenterTrekkgrunnlag(DateOnly idag, string endring, int vedlegg, string foreslattGrunnlag, Belop trekkEtterForslaget)
    {
        if (Stadium != Saksstadium.Utleggstrekk)
        {
            throw new DomainException("Det er ikke noe trekk i saken å dokumentere utgifter for.");
        }

        if (string.IsNullOrWhiteSpace(endring) || endring.Length > SkyldnertekstMaksLengde)
        {
            throw new DomainException($"Skriv kort hva som er endret (høyst {SkyldnertekstMaksLengde} tegn).", "Endring");
        }

        var frist = Trekkoppgavefrist(idag);
        SettFrist(Fristtype.Skyldnerdokumentasjon, frist, Kort($"Skyldneren har dokumentert endringer ({vedlegg} vedlegg), trekk etter skyldnerens tall {trekkEtterForslaget} i måneden: {endring.Trim()}"));
        hendelser.Add(new Sakshendelse.TrekkgrunnlagDokumentert(endring.Trim(), vedlegg, foreslattGrunnlag, trekkEtterForslaget, frist));
        return frist;
    }
}
