using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;

namespace Namsmannen.Application.Features.Satser;

/// <summary>
/// An administrator proposes a new rate row (issue 20). It takes effect only when a second administrator confirms it
/// (<see cref="BekreftSatsrad"/>); until then no rule uses it.
/// </summary>
public static class ForeslaSatsrad
{
    public sealed record Command : Satsradforslag, ICommand<Result>;

    public sealed record Result(long Id);

    public sealed class Validator(NamsmannenDbContext db, TimeProvider clock) : SatsradforslagValidator<Command>(db, clock);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            Administratorer.Krev(bruker, "foreslå satser");
            var tabell = request.Beskrivelse!;
            var rad = new Satsrad
            {
                Tabell = tabell.Kode,
                Fra = request.Fra!.Value,
                Verdi = request.Json(),
                Kilde = request.Kilde.Trim(),
                Avledet = request.Avledet,
                Status = Satsradstatus.Foreslatt,
                ForeslattAv = bruker.UserId,
                ForeslattAvNavn = bruker.Navn,
                Foreslatt = clock.GetUtcNow(),
            };
            db.Satsrader.Add(rad);
            await db.SaveChangesAsync(cancellationToken);
            Administrasjonslogg.Skriv(db, bruker, clock, "SATSRAD_FORESLATT", $"satsrad:{rad.Id}", $"{Satsradtekst.Beskriv(rad)}. Kilde: {rad.Kilde}.");
            await db.SaveChangesAsync(cancellationToken);
            return new Result(rad.Id);
        }
    }
}

/// <summary>A rate row in words, for the log and the lists: «Forsinkelsesrenten fra 1. juli 2026: 12,00 % (avledet)».</summary>
public static class Satsradtekst
{
    public static string Beskriv(Satsrad rad) =>
        Namsmannen.Application.Satser.Satstabeller.Finn(rad.Tabell) is { } tabell
            ? $"{tabell.Navn} fra {tabell.Datotekst(rad.Fra)}: {tabell.Tekst(rad.Verdi)}{(rad.Avledet ? " (avledet)" : string.Empty)}"
            : $"{rad.Tabell} fra {rad.Fra:yyyy-MM-dd}";
}
