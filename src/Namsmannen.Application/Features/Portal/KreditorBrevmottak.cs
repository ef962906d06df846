using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Adresser;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Features.Portal;

/// <summary>How namsmannen's letters reach the creditor (issue 18): the målform they are written in, and the postal address printed on them.</summary>
public static class KreditorBrevmottak
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(string Navn, Malform Malform, string Adresse, string Postnummer, string Poststed);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            return await db.Kreditorer.AsNoTracking().Where(k => k.Id == kreditorId)
                .Select(k => new Result(k.Navn, k.Malform, k.Adresse, k.Postnummer, k.Poststed)).SingleAsync(cancellationToken);
        }
    }
}

/// <summary>A creditor chooses the målform of namsmannen's letters to it and gives the postal address printed on them; letters sent from now on follow.</summary>
public static class SettBrevmottak
{
    public sealed record Command : ICommand<Unit>
    {
        public Malform? Malform { get; init; }

        public string? Adresse { get; init; }

        public string? Postnummer { get; init; }

        public string? Poststed { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Postnummerregister postnummerregister)
        {
            RuleFor(c => c.Malform).NotNull().WithMessage("Velg bokmål eller nynorsk.").IsInEnum().WithMessage("Velg bokmål eller nynorsk.");
            RuleFor(c => c.Adresse).MaximumLength(200).WithMessage("Adressen kan være høyst 200 tegn.");
            RuleFor(c => c.Postnummer).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.Adresse)).WithMessage("Oppgi postnummeret til adressen.");
            RuleFor(c => c.Poststed).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.Adresse)).WithMessage("Oppgi poststedet til adressen.");
            RuleFor(c => c.Poststed).MaximumLength(100).WithMessage("Poststedet kan være høyst 100 tegn.");
            // The creditor's own address: one Posten's register does not know as given is refused, since letters would not reach it (issue 12, M2).
            this.PostenKjenner(postnummerregister, c => c.Postnummer, c => c.Poststed);
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var kreditor = await db.Kreditorer.SingleAsync(k => k.Id == kreditorId, cancellationToken);
            kreditor.SettMalform(request.Malform!.Value);
            kreditor.SettAdresse(request.Adresse ?? string.Empty, request.Postnummer ?? string.Empty, request.Poststed ?? string.Empty);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
