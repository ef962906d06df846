namespace Namsmannen.Domain.Regler;

/// <summary>
/// The court holidays, in which an ankefrist does not run: from the Saturday before Palm Sunday to Easter Monday,
/// 1 July to 15 August, and 24 December to 3 January, all inclusive.
/// </summary>
public static class Rettsferie
{
    // domstolloven § 140 første ledd: rettsferiens tre perioder
    public static (DateOnly Fra, DateOnly Til)? Perioden(DateOnly dato)
    {
        var ar = dato.Year;
        var paske = Frister.Paskedag(ar);
        (DateOnly, DateOnly)[] perioder =
        [
            (new DateOnly(ar - 1, 12, 24), new DateOnly(ar, 1, 3)),
            (paske.AddDays(-8), paske.AddDays(1)),
            (new DateOnly(ar, 7, 1), new DateOnly(ar, 8, 15)),
            (new DateOnly(ar, 12, 24), new DateOnly(ar + 1, 1, 3)),
        ];
        foreach (var (fra, til) in perioder)
        {
            if (dato >= fra && dato <= til)
            {
                return (fra, til);
            }
        }

        return null;
    }

    public static bool Inneholder(DateOnly dato) => Perioden(dato) is not null;

    /// <summary>
    /// The last day of a frist of <paramref name="maneder"/> months from <paramref name="fra"/> that stands still in
    /// rettsferie, moved to a working day. The frist's length is its days on the calendar from its start; those days
    /// are counted outside rettsferie only. A frist that would start inside a rettsferie starts when it ends.
    /// </summary>
    // domstolloven § 140 annet ledd; HR-2008-1669-U: det som står igjen av fristen når rettsferien begynner, løper videre etter den
    public static DateOnly FristOmManeder(DateOnly fra, int maneder)
    {
        var start = Perioden(fra) is { } ferie ? ferie.Til : fra;
        var dager = start.AddMonths(maneder).DayNumber - start.DayNumber;
        var dag = start;
        while (dager > 0)
        {
            dag = dag.AddDays(1);
            if (!Inneholder(dag))
            {
                dager--;
            }
        }

        return Frister.NesteVirkedag(dag);
    }
}
