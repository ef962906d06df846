namespace Namsmannen.Domain.Regler;

/// <summary>Norwegian public holidays and deadlines that move past them.</summary>
public static class Frister
{
    // domstolloven § 149 / tvisteloven § 1-6: en frist som ender på lørdag, søndag eller helligdag forlenges til neste virkedag
    public static DateOnly NesteVirkedag(DateOnly dato)
    {
        while (!ErVirkedag(dato))
        {
            dato = dato.AddDays(1);
        }

        return dato;
    }

    public static DateOnly FristOmDager(DateOnly fra, int dager) => NesteVirkedag(fra.AddDays(dager));

    /// <summary>The <paramref name="antall"/>th working day after <paramref name="dato"/>, or before it when <paramref name="antall"/> is negative.</summary>
    public static DateOnly LeggTilVirkedager(DateOnly dato, int antall)
    {
        var steg = Math.Sign(antall);
        for (var i = 0; i < Math.Abs(antall); i++)
        {
            do
            {
                dato = dato.AddDays(steg);
            }
            while (!ErVirkedag(dato));
        }

        return dato;
    }

    public static DateOnly FristOmManeder(DateOnly fra, int maneder) => NesteVirkedag(fra.AddMonths(maneder));

    public static bool ErVirkedag(DateOnly dato) =>
        dato.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ErHelligdag(dato);

    // lov om helligdager og helligdagsfred § 1, og lov om 1. og 17. mai som høgtidsdager
    public static bool ErHelligdag(DateOnly dato) => Helligdager(dato.Year).Contains(dato);

    public static IReadOnlySet<DateOnly> Helligdager(int ar)
    {
        var paske = Paskedag(ar);
        return new HashSet<DateOnly>
        {
            new(ar, 1, 1),
            paske.AddDays(-3), // skjærtorsdag
            paske.AddDays(-2), // langfredag
            paske, // første påskedag
            paske.AddDays(1), // andre påskedag
            new(ar, 5, 1),
            new(ar, 5, 17),
            paske.AddDays(39), // Kristi himmelfartsdag
            paske.AddDays(49), // første pinsedag
            paske.AddDays(50), // andre pinsedag
            new(ar, 12, 25),
            new(ar, 12, 26),
        };
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Paskedag(int ar)
    {
        var a = ar % 19;
        var b = ar / 100;
        var c = ar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(ar, month, day);
    }
}
