using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>Varsel to the debtor: when and where the utleggsforretning is held, at least 14 days ahead.</summary>
public static class SendVarsel
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public DateOnly? Dato { get; init; }

        public string Klokkeslett { get; init; } = string.Empty;

        public string Sted { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, DateOnly Dato, DateOnly TidligsteDato);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Dato).NotNull().WithMessage("Oppgi datoen for utleggsforretningen.");
            RuleFor(c => c.Klokkeslett).Matches("^([01][0-9]|2[0-3]):[0-5][0-9]$").WithMessage("Skriv klokkeslettet som tt:mm, for eksempel 10:00.");
            RuleFor(c => c.Sted).NotEmpty().WithMessage("Oppgi hvor utleggsforretningen holdes.")
                .MaximumLength(200).WithMessage("Stedet kan ha høyst 200 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var dato = request.Dato!.Value;
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.SendVarsel(idag, dato, request.Klokkeslett, request.Sted);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, dato, Sak.TidligsteUtleggsforretning(idag));
        }
    }
}
