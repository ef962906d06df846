using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnere;

/// <summary>
/// Registers the household and income the debtor documented (after the varsel, or found at the utleggsforretning), so
/// the trekk form starts from them. Written to the audit log of each of the debtor's open cases.
/// </summary>
public static class RegistrerHusstand
{
    public sealed record Command : ICommand<Unit>
    {
        public Guid SkyldnerId { get; init; }

        public decimal? NettoInntektPerManed { get; init; }

        public bool GiftEllerSamboer { get; init; }

        public bool PartnerHarEgenInntekt { get; init; }

        public string BarnAlder { get; init; } = string.Empty;

        public decimal? Boutgifter { get; init; }

        public decimal SarligeUtgifter { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NettoInntektPerManed).NotNull().WithMessage("Oppgi nettoinntekt per måned.").GreaterThanOrEqualTo(0).WithMessage("Nettoinntekten kan ikke være negativ.").IHeleOre();
            RuleFor(c => c.Boutgifter).GreaterThanOrEqualTo(0).WithMessage("Boutgiftene kan ikke være negative.").IHeleOre();
            RuleFor(c => c.SarligeUtgifter).GreaterThanOrEqualTo(0).WithMessage("Særlige utgifter kan ikke være negative.").IHeleOre();
            RuleFor(c => c.BarnAlder).Must(a => Barnealdre.TryLes(a, out _)).WithMessage(Barnealdre.Melding)
                .Must(a => !Barnealdre.TryLes(a, out var aldre) || aldre.Count <= 20).WithMessage("Oppgi høyst 20 barn.");
            RuleFor(c => c.PartnerHarEgenInntekt).Equal(false).When(c => !c.GiftEllerSamboer).WithMessage("En enslig skyldner har ingen partner.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var skyldner = await SynligSkyldner.HentAsync(db, bruker, request.SkyldnerId, cancellationToken, sporet: true);
            var opplysninger = new Husstandsopplysninger(request.NettoInntektPerManed!.Value, request.GiftEllerSamboer, request.PartnerHarEgenInntekt,
                Barnealdre.TryLes(request.BarnAlder, out var aldre) ? Barnealdre.Skriv(aldre) : string.Empty, request.Boutgifter, request.SarligeUtgifter, Oslotid.IDag(clock));
            skyldner.RegistrerHusstand(opplysninger);
            await SynligSkyldner.NoterPaApneSakerAsync(db, skyldner.Id, new Sakshendelse.HusstandRegistrert(opplysninger), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
