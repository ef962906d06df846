using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Satser;

/// <summary>
/// What a proposed rate row would change, shown before it is proposed (issue 20): «Trekket i 12 341 løpende saker
/// beregnes på nytt fra 1. august 2027», the fee it gives, the open cases whose interest it sets, the row it supersedes.
/// Nothing is written.
/// </summary>
public static class Satsvirkning
{
    public sealed record Query : Satsradforslag, IRequest<Result>
    {
        public static Query Av(Satsradforslag forslag) => new()
        {
            Tabell = forslag.Tabell,
            Fra = forslag.Fra,
            Verdier = forslag.Verdier,
            Kilde = forslag.Kilde,
            Avledet = forslag.Avledet,
        };
    }

    public sealed record Result(string Rad, IReadOnlyList<string> Virkninger);

    public sealed class Validator(NamsmannenDbContext db, TimeProvider clock) : SatsradforslagValidator<Query>(db, clock);

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock, Satsbok satser) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var tabell = request.Beskrivelse!;
            var fra = request.Fra!.Value;
            var idag = Oslotid.IDag(clock);
            var json = request.Json();
            var verdier = tabell.Verdier(json);
            var virkninger = new List<string>();
            var erstattes = await db.Satsrader.AsNoTracking()
                .Where(r => r.Tabell == tabell.Kode && r.Fra == fra && r.Status == Satsradstatus.Gjeldende && r.ErstattetAv == null)
                .SingleOrDefaultAsync(cancellationToken);
            if (erstattes is not null)
            {
                virkninger.Add($"Raden erstatter raden som gjelder fra samme dato ({tabell.Tekst(erstattes.Verdi)}). Vedtak som alt er gjort med den, beholder den.");
            }

            switch (tabell.Kode.Split('.')[0])
            {
                case "forsinkelsesrente":
                    var apne = await ApneSakerMedHovedstolAsync(cancellationToken);
                    var naa = satser.Forsinkelsesrente.Finn(fra);
                    virkninger.Add($"Renten på hovedstolen i {Antall(apne)} åpne saker regnes med {tabell.Tekst(json)} fra {tabell.Datotekst(fra)}"
                        + (naa.Rad is null ? ", der renten i dag ikke kan regnes ut." : $" (i dag {naa.Rad.Verdi.ToString("0.00", Norsk)} %)."));
                    break;
                case "rettsgebyr":
                    var r = verdier["belop"];
                    var utlegg = satser.Gebyrmultiplikatorer[RettsgebyrSteg.Utlegg].Finn(fra);
                    virkninger.Add(utlegg.Rad is null
                        ? $"Rettsgebyret blir {Kroner(r)} fra {tabell.Datotekst(fra)}."
                        : $"Fra {tabell.Datotekst(fra)} blir gebyret for utlegg {Kroner(Avrunding.NedTilKroner(r * utlegg.Rad.Verdi))} ({utlegg.Rad.Verdi.ToString("0.00", Norsk)} × {Kroner(r)}).");
                    break;
                case "gebyrmultiplikatorer":
                    var rettsgebyr = satser.Rettsgebyr.Finn(fra);
                    if (rettsgebyr.Rad is { } rad)
                    {
                        virkninger.Add($"Fra {tabell.Datotekst(fra)} blir gebyret {Kroner(Avrunding.NedTilKroner(rad.Verdi * verdier["multiplikator"]))} ({verdier["multiplikator"].ToString("0.00", Norsk)} × rettsgebyret {Kroner(rad.Verdi)}).");
                    }

                    break;
                case "livsopphold":
                    var lopende = await LopendeTrekkAsync(cancellationToken);
                    virkninger.Add($"Trekket i {Antall(lopende)} løpende saker beregnes på nytt fra {tabell.Datotekst(Satsomregning.FraDato(fra, idag))}. "
                        + $"Omregningen lages {Satsomregning.DagerForberedelse} dager før satsene gjelder, og kontorene frigir endringene før arbeidsgiverne får dem.");
                    break;
                case "samvaer" or "boutgiftsnorm":
                    virkninger.Add($"Nye trekkvedtak og trekk som beregnes på nytt fra {tabell.Datotekst(fra)} bruker raden. "
                        + $"De {Antall(await LopendeTrekkAsync(cancellationToken))} løpende trekkene beregnes ikke om av denne raden alene.");
                    break;
                case "grunnbelop":
                    virkninger.Add($"Beslagsfrie grenser som regnes i G, bruker {Kroner(verdier["belop"])} fra {tabell.Datotekst(fra)}.");
                    break;
            }

            if (fra <= idag)
            {
                virkninger.Add($"Datoen er passert: raden gjelder fra {tabell.Datotekst(fra)} så snart den er bekreftet, også for beregninger som gjøres på nytt for tiden etter.");
            }

            return new Result($"{tabell.Navn} fra {tabell.Datotekst(fra)}: {tabell.Tekst(json)}{(request.Avledet ? " (avledet)" : string.Empty)}", virkninger);
        }

        private Task<int> ApneSakerMedHovedstolAsync(CancellationToken cancellationToken) =>
            db.Saker.CountAsync(s => s.Stadium != Saksstadium.Avsluttet && s.Stadium != Saksstadium.Henlagt && s.Stadium != Saksstadium.Avvist, cancellationToken);

        private Task<int> LopendeTrekkAsync(CancellationToken cancellationToken) =>
            db.Trekkpalegg.CountAsync(t => t.Stoppet == null, cancellationToken);
    }

    private static readonly System.Globalization.CultureInfo Norsk = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");

    private static string Antall(int antall) => antall.ToString("#,0", Norsk);

    private static string Kroner(decimal belop) => Satstabellbeskrivelse.Tall(belop, new Satsfelt("belop", string.Empty, "kr"));
}
