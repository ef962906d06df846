using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public sealed record RentePeriode(DateOnly Fra, DateOnly Til, decimal Sats, int Dager, Belop Renter, bool AvledetSats);

public sealed record RenteResultat(Belop Hovedstol, Belop Renter, IReadOnlyList<RentePeriode> Perioder);

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
            var fornyes = ReferenceEquals(rad, satser.Forsinkelsesrente.Rader[^1]) ? rad.Fra.AddMonths(6) : DateOnly.MaxValue;
            var slutt = new[] { periode.Til, nesteEndring, fornyes }.Min();
            var dager = slutt.DayNumber - start.DayNumber;
            var renter = Belop.Rund(hovedstol.Kroner * rad.Verdi / 100m * dager / 365m);
            deler.Add(new RentePeriode(start, slutt, rad.Verdi, dager, renter, rad.Avledet));
            start = slutt;
        }

        return new RenteResultat(hovedstol, deler.Aggregate(Belop.Null, (sum, d) => sum + d.Renter), deler);
    }
}
