using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Domain.Identifikatorer;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The employers' API keys, bound to an organisasjonsnummer and made by an administrator (issue 17). The key has the
/// creditors' format (<see cref="ApiNokkelformat"/>) and is shown once; only its hash is stored.
/// </summary>
public static partial class Arbeidsgivernokler
{
    public sealed record Rad(Guid Id, string Orgnr, string Navn, string Prefiks, DateTimeOffset Opprettet, string OpprettetAvNavn, DateTimeOffset? SistBrukt, DateTimeOffset? Tilbakekalt, string? TilbakekaltAvNavn);

    public sealed record Query : IRequest<IReadOnlyList<Rad>>;

    public sealed record Opprett : ICommand<Ny>
    {
        public string? Orgnr { get; init; }

        public string? Navn { get; init; }
    }

    public sealed record Ny(Guid Id, string Orgnr, string Navn, string Prefiks, string Nokkel);

    public sealed record Tilbakekall(Guid Id) : ICommand<Rad>;

    /// <summary>The employer behind a presented key, or null when the key is unknown, wrong or revoked.</summary>
    public sealed record Klient(Guid NokkelId, string Orgnr, string Navn);

    public sealed class OpprettValidator : AbstractValidator<Opprett>
    {
        public OpprettValidator()
        {
            RuleFor(c => c.Orgnr).Must(o => Organisasjonsnummer.TryParse(o, out _, out _)).WithMessage("Oppgi et gyldig organisasjonsnummer (9 siffer) for arbeidsgiveren.");
            RuleFor(c => c.Navn).NotEmpty().WithMessage("Gi nøkkelen et navn, for eksempel arbeidsgiveren og lønnssystemet.")
                .MaximumLength(100).WithMessage("Navnet kan ha høyst 100 tegn.");
        }
    }

    public static async Task<Klient?> FinnAsync(NamsmannenDbContext db, string? nokkel, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ApiNokkelformat.Prefiks(nokkel) is not { } prefiks)
        {
            return null;
        }

        var treff = await db.ArbeidsgiverNokler.AsNoTracking().SingleOrDefaultAsync(k => k.Prefiks == prefiks && k.Tilbakekalt == null, cancellationToken);
        if (treff is null || !ApiNokkelformat.Stemmer(treff.Hash, nokkel!))
        {
            return null;
        }

        var naa = clock.GetUtcNow();
        if (ApiNokkelformat.SkalMerkesBrukt(treff.SistBrukt, naa))
        {
            await db.ArbeidsgiverNokler.Where(k => k.Id == treff.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.SistBrukt, naa), cancellationToken);
        }

        return new Klient(treff.Id, treff.Orgnr, treff.Navn);
    }

    /// <summary>A key row for an employer, with its secret; the demo seeder uses it with a published key.</summary>
    public static ArbeidsgiverNokkel NyRad(string orgnr, string navn, string prefiks, byte[] hash, DateTimeOffset opprettet, string opprettetAv) => new()
    {
        Id = Guid.CreateVersion7(),
        Orgnr = orgnr,
        Navn = navn,
        Prefiks = prefiks,
        Hash = hash,
        Opprettet = opprettet,
        OpprettetAvNavn = opprettetAv,
    };

    public sealed class ListeHandler(NamsmannenDbContext db) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken) =>
            await db.ArbeidsgiverNokler.AsNoTracking().OrderByDescending(k => k.Opprettet)
                .Select(k => new Rad(k.Id, k.Orgnr, k.Navn, k.Prefiks, k.Opprettet, k.OpprettetAvNavn, k.SistBrukt, k.Tilbakekalt, k.TilbakekaltAvNavn))
                .ToListAsync(cancellationToken);
    }

    public sealed partial class OpprettHandler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, ILogger<OpprettHandler> logger) : IRequestHandler<Opprett, Ny>
    {
        public async Task<Ny> Handle(Opprett request, CancellationToken cancellationToken)
        {
            var (nokkel, prefiks, hash) = ApiNokkelformat.Lag();
            var orgnr = request.Orgnr!.Trim();
            var rad = NyRad(orgnr, request.Navn!.Trim(), prefiks, hash, clock.GetUtcNow(), bruker.Navn);
            db.ArbeidsgiverNokler.Add(rad);
            await db.SaveChangesAsync(cancellationToken);
            LogOpprettet(logger, prefiks, orgnr, bruker.Navn);
            return new Ny(rad.Id, orgnr, rad.Navn, prefiks, nokkel);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Employer API key {Prefiks} created for {Orgnr} by {Bruker}")]
        private static partial void LogOpprettet(ILogger logger, string prefiks, string orgnr, string bruker);
    }

    public sealed partial class TilbakekallHandler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, ILogger<TilbakekallHandler> logger) : IRequestHandler<Tilbakekall, Rad>
    {
        public async Task<Rad> Handle(Tilbakekall request, CancellationToken cancellationToken)
        {
            var k = await db.ArbeidsgiverNokler.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke nøkkelen.");
            if (k.Tilbakekalt is null)
            {
                k.Tilbakekalt = clock.GetUtcNow();
                k.TilbakekaltAvNavn = bruker.Navn;
                await db.SaveChangesAsync(cancellationToken);
                LogTilbakekalt(logger, k.Prefiks, k.Orgnr, bruker.Navn);
            }

            return new Rad(k.Id, k.Orgnr, k.Navn, k.Prefiks, k.Opprettet, k.OpprettetAvNavn, k.SistBrukt, k.Tilbakekalt, k.TilbakekaltAvNavn);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Employer API key {Prefiks} of {Orgnr} revoked by {Bruker}")]
        private static partial void LogTilbakekalt(ILogger logger, string prefiks, string orgnr, string bruker);
    }
}
