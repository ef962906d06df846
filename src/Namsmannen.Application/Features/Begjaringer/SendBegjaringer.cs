using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// A batch of begjæringer from a creditor's system (<c>POST /api/v1/begjaringer/batch</c>). Each item gets a receipt;
/// valid items are stored even when others are refused, and an item whose referanse is known creates nothing new.
/// </summary>
public static class SendBegjaringer
{
    public const int MaksAntall = 1000;

    public sealed record Command(IReadOnlyList<Begjaringsrad> Begjaringer) : ICommand<Result>;

    /// <summary>
    /// The receipts the same batch would get, with nothing written, not even a submission (issue 12, M10; Skatteetaten's
    /// utleggsbegjæring API offers the same). A query, so no transaction is opened.
    /// </summary>
    public sealed record Valider(IReadOnlyList<Begjaringsrad> Begjaringer) : IRequest<Result>;

    public sealed class ValiderValidator : AbstractValidator<Valider>
    {
        public ValiderValidator() => RuleFor(c => c.Begjaringer).Batch();
    }

    public sealed class ValiderHandler(BegjaringMottak mottak, ICurrentUser bruker) : IRequestHandler<Valider, Result>
    {
        public async Task<Result> Handle(Valider request, CancellationToken cancellationToken)
        {
            var (kvitteringer, json) = await mottak.ValiderAsync(bruker.Kreditor(), request.Begjaringer, cancellationToken);
            return new Result(Guid.Empty, kvitteringer.Count(k => k.Status == Kvittering.Mottatt), kvitteringer.Count(k => k.Status == Kvittering.Avvist), kvitteringer.Count(k => k.Status == Kvittering.Duplikat), kvitteringer, json);
        }
    }

    /// <summary>The counts and the receipts, also as the JSON array stored for them (the API answers with it as is).</summary>
    public sealed record Result(Guid InnsendingId, int Mottatt, int Avvist, int Duplikat, IReadOnlyList<Kvittering> Kvitteringer, string KvitteringerJson);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Begjaringer).Batch();
    }

    /// <summary>One batch's size rules, for a submission and a validation alike.</summary>
    private static IRuleBuilderOptions<T, IReadOnlyList<Begjaringsrad>> Batch<T>(this IRuleBuilder<T, IReadOnlyList<Begjaringsrad>> regel) =>
        regel.NotEmpty().WithMessage("Send minst én begjæring.")
            .Must(b => b.Count <= MaksAntall).WithMessage($"Høyst {MaksAntall} begjæringer per forespørsel.");

    public sealed class Handler(BegjaringMottak mottak, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var (innsending, kvitteringer, json) = await mottak.MottaAsync(kreditorId, Innsending.Api, request.Begjaringer, cancellationToken);
            return new Result(innsending.Id, innsending.Mottatt, innsending.Avvist, innsending.Duplikat, kvitteringer, json);
        }
    }
}
