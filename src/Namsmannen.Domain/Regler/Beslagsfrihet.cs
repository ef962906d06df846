using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public enum Formuesgodetype
{
    Bankinnskudd,
    Kjoretoy,
    Arbeidsverktoy,
    Innbo,
    Klaer,
    PersonligeEiendeler,
    SaerligPersonligVerdi,
    StipendEllerOffentligStotte,
    FastEiendom,
    Borettslagsandel,
    Annet,
}

public enum Beslagsutfall
{
    Beslagsfri,
    DelvisBeslagsfri,
    KanTasUtleggI,
}

/// <summary>What the beslagsfrihet rule is told about an asset found at the utleggsforretning.</summary>
public sealed record Beslagsgrunnlag(
    Formuesgodetype Type,
    Belop Verdi,
    bool NodvendigForArbeidEllerUtdanning = false,
    bool NodvendigPaGrunnAvSykdomDokumentert = false,
    bool SvaertHoyVerdi = false);

public sealed record Beslagsvurdering(Beslagsutfall Utfall, Belop BeslagsfrittBelop, Belop KanTasUtleggI, string Begrunnelse, string Kilde);

/// <summary>What cannot be seized. The caseworker may override a vurdering, with a written reason (recorded elsewhere).</summary>
public static class Beslagsfrihet
{
    public const string HusstandUkjent = "Registrer skyldnerens husstand før et bankinnskudd vurderes: det beslagsfrie beløpet er to måneders livsopphold for hele husstanden (dekningsloven § 2-6).";

    /// <param name="husstand">The debtor's registered household, for the bank-deposit rule; null when it is not known.</param>
    public static Beslagsvurdering Vurder(Beslagsgrunnlag gode, DateOnly dato, Husstand? husstand, Satsbok satser)
    {
        if (gode.Verdi < Belop.Null)
        {
            throw new DomainException("Verdien kan ikke være negativ.");
        }

        switch (gode.Type)
        {
            case Formuesgodetype.Bankinnskudd:
                {
                    // dekningsloven § 2-6 (domain.md § 6): høyst to måneders livsopphold for husstanden, aldri enslig-satsen for en husstand
                    var grense = BeslagsfrittInnskudd.Beregn(dato, husstand ?? throw new DomainException(HusstandUkjent), satser).Beslagsfritt;
                    var fritt = Belop.Min(gode.Verdi, grense);
                    var rest = gode.Verdi - fritt;
                    return rest == Belop.Null
                        ? new(Beslagsutfall.Beslagsfri, fritt, Belop.Null, $"Innskuddet er innenfor to måneders livsopphold for husstanden ({grense}).", "dekningsloven § 2-6")
                        : new(Beslagsutfall.DelvisBeslagsfri, fritt, rest, $"{fritt} er beslagsfritt som to måneders livsopphold for husstanden; {rest} kan tas utlegg i.", "dekningsloven § 2-6");
                }

            case Formuesgodetype.Kjoretoy or Formuesgodetype.Arbeidsverktoy:
                {
                    // dekningsloven §§ 2-2 til 2-6 (domain.md § 6): nødvendig for arbeid eller utdanning, verdi under 2/3 G
                    var g = satser.Grunnbelop.Finn(dato).Verdi;
                    var grense = Belop.Rund(g * 2m / 3m);
                    var nodvendig = gode.NodvendigForArbeidEllerUtdanning || (gode.Type == Formuesgodetype.Kjoretoy && gode.NodvendigPaGrunnAvSykdomDokumentert);
                    if (!nodvendig)
                    {
                        return KanTas(gode, "Ikke oppgitt som nødvendig for arbeid, utdanning eller (dokumentert) sykdom.");
                    }

                    return gode.Verdi < grense
                        ? new(Beslagsutfall.Beslagsfri, gode.Verdi, Belop.Null, $"Nødvendig, og verdien er under 2/3 G ({grense}).", "dekningsloven §§ 2-2–2-6")
                        : KanTas(gode, $"Nødvendig, men verdien er ikke under 2/3 G ({grense}).");
                }

            case Formuesgodetype.Innbo or Formuesgodetype.Klaer or Formuesgodetype.PersonligeEiendeler:
                // dekningsloven § 2-2: klær, vanlig innbo og personlige eiendeler, med mindre de har svært høy verdi
                return gode.SvaertHoyVerdi
                    ? KanTas(gode, "Har svært høy verdi, så beslagsfriheten gjelder ikke.")
                    : new(Beslagsutfall.Beslagsfri, gode.Verdi, Belop.Null, "Klær, vanlig innbo og personlige eiendeler er beslagsfrie.", "dekningsloven § 2-2");

            case Formuesgodetype.SaerligPersonligVerdi:
                return new(Beslagsutfall.Beslagsfri, gode.Verdi, Belop.Null, "Gjenstander av særlig personlig verdi er beslagsfrie.", "dekningsloven §§ 2-2–2-6");

            case Formuesgodetype.StipendEllerOffentligStotte:
                return new(Beslagsutfall.Beslagsfri, gode.Verdi, Belop.Null, "Stipend og offentlig støtte er beslagsfrie.", "dekningsloven §§ 2-2–2-6");

            default:
                return KanTas(gode, "Ingen regel om beslagsfrihet gjelder.");
        }
    }

    private static Beslagsvurdering KanTas(Beslagsgrunnlag gode, string begrunnelse) =>
        new(Beslagsutfall.KanTasUtleggI, Belop.Null, gode.Verdi, begrunnelse, "dekningsloven § 2-1");
}

public static class BeslagsfrihetTekst
{
    public static string Navn(this Formuesgodetype type) => type switch
    {
        Formuesgodetype.Bankinnskudd => "Bankinnskudd",
        Formuesgodetype.Kjoretoy => "Kjøretøy",
        Formuesgodetype.Arbeidsverktoy => "Arbeidsverktøy",
        Formuesgodetype.Innbo => "Innbo",
        Formuesgodetype.Klaer => "Klær",
        Formuesgodetype.PersonligeEiendeler => "Personlige eiendeler",
        Formuesgodetype.SaerligPersonligVerdi => "Særlig personlig verdi",
        Formuesgodetype.StipendEllerOffentligStotte => "Stipend eller offentlig støtte",
        Formuesgodetype.FastEiendom => "Fast eiendom",
        Formuesgodetype.Borettslagsandel => "Borettslagsandel",
        _ => "Annet",
    };

    public static string Navn(this Beslagsutfall vurdering) => vurdering switch
    {
        Beslagsutfall.Beslagsfri => "Beslagsfri",
        Beslagsutfall.DelvisBeslagsfri => "Delvis beslagsfri",
        _ => "Kan tas utlegg i",
    };

    public static string Navn(this Registerutfall utfall) => utfall switch
    {
        Registerutfall.UtleggspantFastEiendom => "Utleggspant i fast eiendom",
        Registerutfall.UtleggspantBorettslag => "Utleggspant i borettslagsandel",
        Registerutfall.UtleggspantAnnet => "Utleggspant",
        Registerutfall.Utleggstrekk => "Utleggstrekk",
        Registerutfall.Betalingsanmerkning => "Betalingsanmerkning",
        _ => "Intet til utlegg",
    };
}
