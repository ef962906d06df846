using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Skyldnerportal;

/// <summary>
/// The debtor documents expenses or a changed household from «Min sak» (issue 19): the figures they give (the trekk
/// calculator's input, so the page showed them the trekk before they sent), what changed, and the documents (PDF or
/// photos, checked by content, at most 10 MB each). The caseworker gets a task with a deadline on the case; the files
/// are the debtor's, never shown to the creditor. The decision comes back as a new trekk version (the caseworker's
/// recalculation) and its letters.
/// </summary>
public static class DokumenterTrekkgrunnlag
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>The household and income as the debtor gives them, dated today.</summary>
        public BeregnUtleggstrekk.Query Grunnlag { get; init; } = new();

        public string Endring { get; init; } = string.Empty;

        public IReadOnlyList<Fil> Vedlegg { get; init; } = [];

        public uint? Versjon { get; init; }
    }

    /// <param name="Frist">The day the caseworker is to have decided by.</param>
    public sealed record Result(decimal TrekkEtterForslaget, DateOnly Frist);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Endring).NotEmpty().WithMessage("Skriv kort hva som er endret.")
                .MaximumLength(Domain.Saker.Sak.SkyldnertekstMaksLengde).WithMessage($"Høyst {Domain.Saker.Sak.SkyldnertekstMaksLengde} tegn.");
            RuleFor(c => c.Vedlegg).NotEmpty().WithMessage("Last opp minst ett dokument, for eksempel en husleiekontrakt eller en lønnsslipp.")
                .Custom((filer, context) =>
                {
                    foreach (var feil in Vedleggsregler.SjekkDokumentasjon(filer))
                    {
                        context.AddFailure(feil);
                    }
                });
            RuleFor(c => c.Grunnlag).SetValidator(new BeregnUtleggstrekk.Validator());
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var idag = Oslotid.IDag(clock);
            var grunnlag = request.Grunnlag with { Dato = idag };
            var trekk = Utleggstrekk.Beregn(BeregnUtleggstrekk.TilGrunnlag(grunnlag), satser).TrekkPerManed;
            var frist = sak.DokumenterTrekkgrunnlag(idag, request.Endring, request.Vedlegg.Count, System.Text.Json.JsonSerializer.Serialize(grunnlag), trekk);
            Vedleggsregler.Lagre(db, sak.Id, request.Vedlegg, bruker, clock, Data.Portal.Vedleggsavsender.Skyldner);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(trekk.Kroner, frist);
        }
    }
}
