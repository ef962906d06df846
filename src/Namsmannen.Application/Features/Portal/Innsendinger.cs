using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Begjaringer;

namespace Namsmannen.Application.Features.Portal;

/// <summary>The organisation's submissions (API batches, CSV files, forms), newest first, with their counts.</summary>
public static class Innsendinger
{
    public sealed record Query(int Antall = 50) : IRequest<IReadOnlyList<Rad>>;

    public sealed record Rad(Guid Id, string Kanal, DateTimeOffset Opprettet, string OpprettetAvNavn, string Status, string? Filnavn, int AntallRader, int Behandlet, int Mottatt, int Avvist, int Duplikat, string? Feilmelding);

    /// <summary>A submission as a row, translated to SQL (the list and the single submission share it).</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Data.Portal.Innsending, Rad>> SomRad =
        i => new Rad(i.Id, i.Kanal, i.Opprettet, i.OpprettetAvNavn, i.Status, i.Filnavn, i.AntallRader, i.Behandlet, i.Mottatt, i.Avvist, i.Duplikat, i.Feilmelding);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            return await db.Innsendinger.AsNoTracking()
                .Where(i => i.KreditorId == kreditorId)
                .OrderByDescending(i => i.Opprettet)
                .Take(Math.Clamp(request.Antall, 1, 200))
                .Select(SomRad)
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>One submission with every receipt, as the API answered (or, for a CSV file, as each part was processed).</summary>
public static class InnsendingMedKvitteringer
{
    public sealed record Query(Guid Id) : IRequest<Result>;

    public sealed record Result(Innsendinger.Rad Innsending, IReadOnlyList<Kvittering> Kvitteringer);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var innsending = await db.Innsendinger.AsNoTracking()
                .Where(i => i.Id == request.Id && i.KreditorId == kreditorId)
                .Select(Innsendinger.SomRad)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke innsendingen.");
            var deler = await db.Innsendingsdeler.AsNoTracking()
                .Where(d => d.InnsendingId == request.Id)
                .OrderBy(d => d.Nummer)
                .Select(d => d.Kvitteringer)
                .ToListAsync(cancellationToken);
            var kvitteringer = deler.SelectMany(d => System.Text.Json.JsonSerializer.Deserialize<List<Kvittering>>(d, BegjaringMottak.Json) ?? []).ToList();
            return new Result(innsending, kvitteringer);
        }
    }
}
