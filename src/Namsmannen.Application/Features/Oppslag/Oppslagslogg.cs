using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Domain.Identifikatorer;

namespace Namsmannen.Application.Features.Oppslag;

/// <summary>
/// The lookup log (issue 12, M8): a search by a debtor's number and a view of a debtor's page are written as they
/// happen; an administrator reads a debtor's lookups by the debtor's number (<c>/admin/oppslag</c>), and that reading is
/// written too.
/// </summary>
public static class Oppslagslogg
{
    /// <summary>
    /// Writes one lookup of a debtor at once, on the primary database (a read has no unit of work to join). A plain
    /// INSERT, so nothing else the request's context may still track (a refused command's entities) is saved with it.
    /// </summary>
    public static async Task SkrivAsync(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, string art, Guid? skyldnerId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO oppslagslogg (tidspunkt, art, skyldner_id, utfort_av, utfort_av_navn, kontor) VALUES ({clock.GetUtcNow()}, {art}, {skyldnerId}, {bruker.UserId}, {bruker.Navn}, {bruker.Kontor})",
            cancellationToken);

    /// <summary>
    /// A search by number, written with the debtor who has that number; without one when namsmannen has no such debtor
    /// (the number itself is not stored, so a person namsmannen knows nothing of is not put on record here either).
    /// </summary>
    public static async Task SkrivSokAsync(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, string identifikator, CancellationToken cancellationToken)
    {
        var skyldnerId = await db.Skyldnere.AsNoTracking().Where(s => s.Identifikator == identifikator).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        await SkrivAsync(db, bruker, clock, Data.Administrasjon.Oppslag.Identifikatorsok, skyldnerId, cancellationToken);
    }

    public static string Tekst(string art) => art switch
    {
        Data.Administrasjon.Oppslag.Identifikatorsok => "Søkte på nummeret i sakslisten",
        Data.Administrasjon.Oppslag.SkyldnerVist => "Åpnet skyldnersiden",
        Data.Administrasjon.Oppslag.OppslagLest => "Leste oppslagsloggen",
        _ => art,
    };

    /// <summary>An administrator's question: who has looked up the debtor with this fødselsnummer or organisasjonsnummer.</summary>
    public sealed record Query : IRequest<Result>
    {
        public string? Identifikator { get; init; }
    }

    public sealed record Result(string? SkyldnerNavn, string MaskertIdentifikator, IReadOnlyList<Rad> Oppslag);

    public sealed record Rad(DateTimeOffset Tidspunkt, string Hva, string UtfortAvNavn, string? Kontor);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Identifikator)
            .Must(i => Normaliser(i) is { Length: 9 or 11 } n && n.All(char.IsAsciiDigit))
            .WithMessage("Skriv et fødselsnummer (11 siffer) eller organisasjonsnummer (9 siffer).");
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        /// <summary>The newest lookups first; more than this is a matter for the database's own export.</summary>
        public const int Grense = 500;

        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            Administratorer.Krev(bruker, "lese oppslagsloggen");
            var identifikator = Normaliser(request.Identifikator)!;
            var maskert = identifikator.Length == 11 ? Fodselsnummer.Mask(identifikator) : identifikator;
            var skyldner = await db.Skyldnere.AsNoTracking().Where(s => s.Identifikator == identifikator).Select(s => new { s.Id, s.Navn }).FirstOrDefaultAsync(cancellationToken);
            if (skyldner is null)
            {
                return new Result(null, maskert, []);
            }

            var rader = await db.Oppslagslogg.AsNoTracking().Where(o => o.SkyldnerId == skyldner.Id).OrderByDescending(o => o.Id).Take(Grense)
                .Select(o => new Rad(o.Tidspunkt, o.Art, o.UtfortAvNavn, o.Kontor)).ToListAsync(cancellationToken);
            await SkrivAsync(db, bruker, clock, Data.Administrasjon.Oppslag.OppslagLest, skyldner.Id, cancellationToken);
            return new Result(skyldner.Navn, maskert, rader.Select(r => r with { Hva = Tekst(r.Hva) }).ToList());
        }
    }

    private static string? Normaliser(string? identifikator) => identifikator?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
}
