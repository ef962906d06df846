using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>The creditor asks for utsettelse until a date; only the creditor can grant it (seed 002). Registered by the caseworker.</summary>
public static class UtsettSak
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public DateOnly? Til { get; init; }

        public string? Begrunnelse { get; init; }

        /// <summary>The caseworker (or creditor) confirms an utsettelse longer than three months.</summary>
        public bool Bekreftet { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, DateOnly Til);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Til).NotNull().WithMessage("Oppgi datoen saken er utsatt til.")
                .GreaterThan(_ => Oslotid.IDag(clock)).WithMessage("Utsettelsen må gjelde til en dato frem i tid.");
            RuleFor(c => c.Begrunnelse).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var til = request.Til!.Value;
            sak.Utsett(Oslotid.IDag(clock), til, request.Begrunnelse, request.Bekreftet);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, til);
        }
    }
}
