using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>The deadlines of a case: set by the case's own actions, met by them.</summary>
public sealed partial class Sak
{
    private readonly List<Frist> frister = [];

    /// <summary>
    /// The case's deadlines as loaded with it. The application loads the open ones with every case it changes, so the
    /// rules below see the varsel's date and an utsettelse's end.
    /// </summary>
    public IReadOnlyList<Frist> Frister => frister;

    /// <summary>The day the varsel fixed for the utleggsforretning, while it has not been held.</summary>
    public DateOnly? VarsletUtleggsforretning =>
        frister.Where(f => f.Type == Fristtype.Utleggsforretning && !f.Oppfylt).Select(f => (DateOnly?)f.Dato).Max();

    /// <summary>The longest utsettelse the office registers, and the length beyond which the caseworker must confirm it (docs/domain.md, office rules).</summary>
    public static readonly (int Maksimum, int KreverBekreftelse) UtsettelseManeder = (12, 3);

    /// <summary>
    /// The creditor's utsettelse until <paramref name="til"/>, registered on <paramref name="idag"/>; only the creditor can
    /// grant one (seed 002). A long one must be confirmed, and none may run beyond the office's limit.
    /// </summary>
    public Stadiumendring Utsett(DateOnly idag, DateOnly til, string? begrunnelse, bool bekreftet)
    {
        if (til <= idag)
        {
            throw new DomainException("Utsettelsen må gjelde til en dato frem i tid.", "Til");
        }

        // Office rule (docs/domain.md): an utsettelse runs at most 12 months; beyond 3 months the caseworker confirms it
        if (til > idag.AddMonths(UtsettelseManeder.Maksimum))
        {
            throw new DomainException($"En utsettelse kan gjelde høyst {UtsettelseManeder.Maksimum} måneder, til {idag.AddMonths(UtsettelseManeder.Maksimum):dd.MM.yyyy}. Be kreditor trekke begjæringen i stedet om saken skal hvile lenger.", "Til");
        }

        if (til > idag.AddMonths(UtsettelseManeder.KreverBekreftelse) && !bekreftet)
        {
            throw new DomainException($"Utsettelsen til {til:dd.MM.yyyy} er lengre enn {UtsettelseManeder.KreverBekreftelse} måneder. Bekreft at kreditor har bedt om så lang utsettelse.", "Bekreftet");
        }

        var endring = Overga(Handling.Utsett, idag, $"Utsatt til {til:dd.MM.yyyy} etter anmodning fra kreditor. {begrunnelse?.Trim()}".Trim());
        SettFrist(Fristtype.UtsattTil, til, "Utsettelsen fra kreditor løper ut");
        return endring;
    }

    /// <summary>An open deadline taken over with a case from an earlier system (<see cref="FraHistorikk"/>).</summary>
    public void FristFraHistorikk(Fristtype type, DateOnly dato, string beskrivelse) => SettFrist(type, dato, beskrivelse);

    private void SettFrist(Fristtype type, DateOnly dato, string beskrivelse) => frister.Add(new Frist(type, dato, beskrivelse));

    private void OppfyllFrister(Fristtype type, DateOnly dato)
    {
        foreach (var frist in frister.Where(f => f.Type == type && !f.Oppfylt))
        {
            frist.Oppfyll(dato);
        }
    }
}
