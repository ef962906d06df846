using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The employer's feed of trekkpålegg (<c>GET /api/v1/arbeidsgiver/trekkpalegg?etter=&amp;antall=</c>), in the shape of
/// Skatteetaten's trekkpålegg API: every version of every order addressed to the employer's organisasjonsnummer, in a
/// strictly increasing sequence. A payroll system keeps the last number it handled and asks for what comes after.
/// </summary>
public static class Trekkpaleggfeed
{
    /// <summary>Serialises the numbering of versions; any constant unique to this purpose will do.</summary>
    public const long Laas = 0x4E414D53_5452454B; // "NAMSTREK"

    public const int MaksAntall = 1000;

    public sealed record Query(long Etter, int Antall) : IRequest<Result>;

    public sealed record Skyldnerinfo(string Fodselsnummer, string Navn);

    /// <summary>One version as the employer reads it; orders are in kroner (never a percentage).</summary>
    public sealed record Versjon(Guid TrekkId, int Nummer, long Sekvens, Trekkstatus Status, Skyldnerinfo Skyldner, Domain.Penger.Belop BelopPerManed, DateOnly FraDato, DateOnly? TilDato, BetalTil BetalTil, Trekkregime Regime, string Grunn, string Hjemmel, DateOnly Dato);

    /// <summary><c>Neste</c> is the number to ask after next time: the last one returned, or <c>etter</c> if none.</summary>
    public sealed record Result(IReadOnlyList<Versjon> Versjoner, long Neste);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Etter).GreaterThanOrEqualTo(0).WithMessage("«etter» må være 0 eller et sekvensnummer du har fått.");
            RuleFor(q => q.Antall).InclusiveBetween(1, MaksAntall).WithMessage($"«antall» må være fra 1 til {MaksAntall}.");
        }
    }

    /// <summary>Numbers the versions committed since the last poll (see <see cref="Sekvensering"/>).</summary>
    public static Task SekvenserAsync(NamsmannenDbContext db, CancellationToken cancellationToken) =>
        Sekvensering.NummererAsync(db, Laas, "trekkpalegg_versjoner", cancellationToken);

    /// <summary>The versions of the orders addressed to <paramref name="orgnr"/>; the one query both the feed and a single order read.</summary>
    internal static IQueryable<Rad> For(NamsmannenDbContext db, string orgnr) =>
        from v in db.Trekkversjoner.AsNoTracking()
        join t in db.Trekkpalegg.AsNoTracking() on v.TrekkId equals t.Id
        join s in db.Skyldnere.AsNoTracking() on t.SkyldnerId equals s.Id
        where t.Orgnr == orgnr && v.Sekvens != null
        select new Rad { V = v, Regime = t.Regime, Hjemmel = t.Hjemmel, Fodselsnummer = s.Identifikator, Navn = s.Navn };

    /// <summary>A version with what the employer reads beside it, before it becomes a <see cref="Versjon"/>.</summary>
    internal sealed class Rad
    {
        public Trekkversjon V { get; init; } = null!;

        public Trekkregime Regime { get; init; }

        public string Hjemmel { get; init; } = string.Empty;

        public string Fodselsnummer { get; init; } = string.Empty;

        public string Navn { get; init; } = string.Empty;

        public Versjon TilVersjon() =>
            new(V.TrekkId, V.Versjon, V.Sekvens!.Value, V.Status, new Skyldnerinfo(Fodselsnummer, Navn), V.BelopPerManed, V.FraDato, V.TilDato, V.BetalTil, Regime, V.Grunn, Hjemmel, V.Dato);
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var orgnr = bruker.Arbeidsgiver();
            await SekvenserAsync(db, cancellationToken);
            var rader = await For(db, orgnr).Where(r => r.V.Sekvens > request.Etter).OrderBy(r => r.V.Sekvens).Take(request.Antall).ToListAsync(cancellationToken);
            var versjoner = rader.Select(r => r.TilVersjon()).ToList();
            return new Result(versjoner, versjoner.Count > 0 ? versjoner[^1].Sekvens : request.Etter);
        }
    }
}

/// <summary>One order as it stands (its newest version), for the employer it is addressed to; any other trekkId is 404.</summary>
public static class EttTrekkpalegg
{
    public sealed record Query(Guid TrekkId) : IRequest<Trekkpaleggfeed.Versjon>;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Trekkpaleggfeed.Versjon>
    {
        public async Task<Trekkpaleggfeed.Versjon> Handle(Query request, CancellationToken cancellationToken)
        {
            var orgnr = bruker.Arbeidsgiver();
            await Trekkpaleggfeed.SekvenserAsync(db, cancellationToken);
            var rad = await Trekkpaleggfeed.For(db, orgnr).Where(r => r.V.TrekkId == request.TrekkId).OrderByDescending(r => r.V.Versjon).FirstOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke trekkpålegget blant dem som er sendt til dere.");
            return rad.TilVersjon();
        }
    }
}
