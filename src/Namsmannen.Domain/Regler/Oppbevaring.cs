namespace Namsmannen.Domain.Regler;

/// <summary>
/// How long namsmannen keeps what a closed case holds (issue 20; docs/domain.md «Retention»). A legal hold on a case
/// (<see cref="Saker.Sak.SettRettsligHold"/>) stops every deletion until it is lifted. Nothing here has a source that
/// sets a number for namsmannen; every duration is an ASSUMPTION, kept in this one place.
/// </summary>
public static class Oppbevaring
{
    // ASSUMPTION (issue 20): attachments and the files of letters are deleted 3 years after the case closed (the letters' record and the audit log stay)
    public const int DokumenterAr = 3;

    // ASSUMPTION (issue 20): the debtor's personal data on a closed case is anonymised 10 years after it closed, as long as a claim after a dom can live (foreldelsesloven § 21)
    public const int PersonopplysningerAr = 10;

    // ASSUMPTION (issue 20): a failed CSV file's submission, with its receipts, is deleted 30 days after it failed
    public const int FeiledeInnsendingerDager = 30;

    // ASSUMPTION (issue 20): every other submission through the API, the portal or a CSV file, with its receipts, is deleted 90 days after it was received (the cases it made stay)
    public const int InnsendingerDager = 90;

    /// <summary>The last closing day whose attachments and letter files are deleted on <paramref name="idag"/>.</summary>
    public static DateOnly DokumenterAvsluttetSenest(DateOnly idag) => idag.AddYears(-DokumenterAr);

    /// <summary>The last closing day whose personal data is anonymised on <paramref name="idag"/>.</summary>
    public static DateOnly AnonymiseringAvsluttetSenest(DateOnly idag) => idag.AddYears(-PersonopplysningerAr);

    /// <summary>The first day a case closed on <paramref name="avsluttet"/> has its documents deleted.</summary>
    public static DateOnly DokumenterSlettes(DateOnly avsluttet) => ForsteDag(avsluttet, DokumenterAr);

    /// <summary>The first day a case closed on <paramref name="avsluttet"/> is anonymised.</summary>
    public static DateOnly Anonymiseres(DateOnly avsluttet) => ForsteDag(avsluttet, PersonopplysningerAr);

    /// <summary>The first day whose cut-off (that day, <paramref name="ar"/> years back) reaches <paramref name="avsluttet"/>: 29 February gives 1 March.</summary>
    private static DateOnly ForsteDag(DateOnly avsluttet, int ar)
    {
        var dag = avsluttet.AddYears(ar);
        return dag.AddYears(-ar) < avsluttet ? dag.AddDays(1) : dag;
    }
}
