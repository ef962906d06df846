using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

/// <param name="SatsradId">The rate row of the period (issue 20: booked interest says which row it used); 0 for a row not from the tables.</param>
public sealed record RentePeriode(DateOnly Fra, DateOnly Til, decimal Sats, int Dager, Belop Renter, bool AvledetSats, long SatsradId = 0);

public sealed record RenteResultat(Belop Hovedstol, Belop Renter, IReadOnlyList<RentePeriode> Perioder);

/// <summary>Interest up to <c>Til</c> (not counted), which is earlier than asked when a rate is missing; then <c>Advarsel</c> names the half-year.</summary>
public sealed record RenteTilKjentSats(RenteResultat Resultat, DateOnly Til, string? Advarsel);

/// <summary>Simple late-payment interest on the principal, split where the rate changes.</summary>
public static class Forsinkelsesrente
{
    // forsinkelsesrenteloven §§ 2–3: enkel rente på hovedstolen, sats per halvår
    // domain.md § 4: fra telles med, til telles ikke, dager/365; hver del avrundes til øre, summen er summen av delene
    public static RenteResultat Beregn(Belop hovedstol, DateOnly fra, DateOnly til, Satsbok satser)
    {
        if (hovedstol < Belop.Null)
        {
            throw new DomainException("Hovedstolen kan ikke være negativ.");
        }

        var periode = new Periode(fra, til);
        var deler = new List<RentePeriode>();
        var start = periode.Fra;
        while (start < periode.Til)
        {
            var oppslag = satser.Forsinkelsesrente.Finn(start);
            var rad = oppslag.Status == SatsStatus.Mangler ? throw new DomainException(oppslag.Advarsel!) : oppslag.Rad!;
            var nesteEndring = satser.Forsinkelsesrente.Rader.FirstOrDefault(r => r.Fra > start)?.Fra ?? DateOnly.MaxValue;
            // The newest row holds only until its renewal; past that the lookup above reports the rate missing.
            var fornyes = ReferenceEquals(rad, satser.Forsinkelsesrente.Rader[^1]) ? satser.Forsinkelsesrente.Fornyes!.Value : DateOnly.MaxValue;
            var slutt = new[] { periode.Til, nesteEndring, fornyes }.Min();
            var dager = slutt.DayNumber - start.DayNumber;
            var renter = Belop.Rund(hovedstol.Kroner * rad.Verdi / 100m * dager / 365m);
            deler.Add(new RentePeriode(start, slutt, rad.Verdi, dager, renter, rad.Avledet, rad.Id));
            start = slutt;
        }

        return new RenteResultat(hovedstol, deler.Aggregate(Belop.Null, (sum, d) => sum + d.Renter), deler);
    }

    /// <summary>
    /// Interest from <paramref name="fra"/> to <paramref name="til"/>, or, when the rate for a later half-year is not yet
    /// known, up to the end of the last known half-year with a notice that names the missing one. Never guesses a rate.
    /// </summary>
    // forsinkelsesrenteloven § 3: satsen fastsettes per halvår fra 1. januar og 1. juli; domain.md § 4: aldri gjettet
    public static RenteTilKjentSats BeregnTilKjentSats(Belop hovedstol, DateOnly fra, DateOnly til, Satsbok satser)
    {
        var ukjentFra = satser.Forsinkelsesrente.Fornyes ?? fra;
        if (til <= ukjentFra)
        {
            return new(Beregn(hovedstol, fra, til, satser), til, null);
        }

        var kjentTil = fra > ukjentFra ? fra : ukjentFra;
        var halvar = ukjentFra.Month < 7 ? "1. halvår" : "2. halvår";
        var advarsel = $"Forsinkelsesrenten for {halvar} {ukjentFra.Year} (fra {ukjentFra:dd.MM.yyyy}) er ikke fastsatt i satstabellen. "
            + (kjentTil > fra ? $"Rentene er beregnet til og med {kjentTil.AddDays(-1):dd.MM.yyyy}." : "Renter for perioden kan ikke beregnes ennå.");
        return new(Beregn(hovedstol, fra, kjentTil, satser), kjentTil, advarsel);
    }
}
