namespace Namsmannen.Domain.Regler;

/// <summary>
/// The dates the rules can reason about (issue 12, M3). Every rule adds years and days to a date (foreldelse after ten
/// years, the § 4-19 year); a date in year 9999 or year 1 would overflow, so a date outside these bounds is refused at
/// the edge as a field error, never met by a rule.
/// </summary>
public static class Datogrenser
{
    public static readonly DateOnly Tidligst = new(1900, 1, 1);

    public static readonly DateOnly Senest = new(2199, 12, 31);

    public static bool Innenfor(DateOnly dato) => dato >= Tidligst && dato <= Senest;

    public static string Melding => $"Datoen må ligge mellom {Tidligst:dd.MM.yyyy} og {Senest:dd.MM.yyyy}.";
}
