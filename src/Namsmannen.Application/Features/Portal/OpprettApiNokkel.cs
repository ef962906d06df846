using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Portal;

/// <summary>A portal user makes an API key for their organisation. The key is in the result once and never again.</summary>
public static partial class OpprettApiNokkel
{
    public sealed record Command : ICommand<Result>
    {
        public string? Navn { get; init; }
    }

    public sealed record Result(Guid Id, string Navn, string Prefiks, string Nokkel);

    /// <summary>Active keys per creditor: enough for every system and a rotation, too few to spread load over (issue 12, M4).</summary>
    public const int MaksAktive = 10;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Navn).NotEmpty().WithMessage("Gi nøkkelen et navn, for eksempel systemet som skal bruke den.")
                .MaximumLength(100).WithMessage("Navnet kan ha høyst 100 tegn.");
        }
    }

    public sealed partial class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, ILogger<Handler> logger) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ApiNokler, k => k.KreditorId == kreditorId && k.Tilbakekalt == null, cancellationToken) >= MaksAktive)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Navn), $"Dere har alt {MaksAktive} aktive nøkler. Trekk tilbake en dere ikke bruker før dere lager en ny.")]);
            }

            var (nokkel, prefiks, hash) = ApiNokkelformat.Lag();
            var rad = new ApiNokkel
            {
                Id = Guid.CreateVersion7(),
                KreditorId = kreditorId,
                Navn = request.Navn!.Trim(),
                Prefiks = prefiks,
                Hash = hash,
                Opprettet = clock.GetUtcNow(),
                OpprettetAvNavn = bruker.Navn,
            };
            db.ApiNokler.Add(rad);
            await db.SaveChangesAsync(cancellationToken);
            LogOpprettet(logger, prefiks, kreditorId, bruker.Navn);
            return new Result(rad.Id, rad.Navn, prefiks, nokkel);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "API key {Prefiks} created for creditor {KreditorId} by {Bruker}")]
        private static partial void LogOpprettet(ILogger logger, string prefiks, Guid kreditorId, string bruker);
    }
}
