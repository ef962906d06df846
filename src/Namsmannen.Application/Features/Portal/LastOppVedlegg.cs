using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Application.Features.Portal;

/// <summary>The creditor adds documents (PDF) to its own case, for example a copy of the § 4-18 varsel.</summary>
public static class LastOppVedlegg
{
    public sealed record Command(string Saksnummer, IReadOnlyList<Fil> Vedlegg) : ICommand<Result>;

    public sealed record Result(int Antall);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Vedlegg).NotEmpty().WithMessage("Velg minst én PDF-fil.");
            RuleFor(c => c.Vedlegg).GyldigeVedlegg();
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, null, cancellationToken);
            Vedleggsregler.Lagre(db, sak.Id, request.Vedlegg, bruker, clock);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(request.Vedlegg.Count);
        }
    }
}
