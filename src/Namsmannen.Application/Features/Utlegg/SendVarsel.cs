using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
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
            // tvangsfullbyrdelsesloven § 7-10 / domain.md § 2: om lag 14 dager til å svare; fristen flyttes forbi helligdager
            var tidligst = Frister.FristOmDager(idag, 14);
            var dato = request.Dato!.Value;
            if (dato < tidligst)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Dato), $"Utleggsforretningen kan tidligst holdes {tidligst:dd.MM.yyyy}, 14 dager etter varselet (flyttet forbi helg og helligdag).")]);
            }

            if (!Frister.ErVirkedag(dato))
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Dato), $"{dato:dd.MM.yyyy} er ikke en virkedag. Velg en annen dato.")]);
            }

            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.GjorHandling(Handling.SendVarsel, idag, $"Utleggsforretning {dato:dd.MM.yyyy} kl. {request.Klokkeslett}, {request.Sted.Trim()}.");
            db.Frister.Add(new Frist
            {
                SakId = sak.Id,
                Type = Utleggsforretninger.FristType,
                Dato = dato,
                Beskrivelse = $"Utleggsforretning kl. {request.Klokkeslett}, {request.Sted.Trim()}",
            });
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, dato, tidligst);
        }
    }
}
