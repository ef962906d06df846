using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// A CSV file of begjæringer from the portal. The file is checked for its columns at once and stored; the rows are
/// then processed in the background, 1 000 at a time (<see cref="CsvBehandling"/>), so a large file shows progress.
/// </summary>
public static class LastOppCsv
{
    public const int MaksBytes = 20 * 1024 * 1024;
    public const int MaksRader = CsvFormat.MaksRader;

    /// <summary>A file too large to accept comes without its bytes and with its <see cref="Storrelse"/>, so it is refused unread.</summary>
    public sealed record Command(string Filnavn, byte[] Innhold) : ICommand<Result>
    {
        public long Storrelse { get; init; } = Innhold.Length;
    }

    public sealed record Result(Guid InnsendingId, int AntallRader);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Storrelse).GreaterThan(0).WithMessage("Velg en CSV-fil.")
                .LessThanOrEqualTo(MaksBytes).WithMessage("Filen er større enn 20 MB. Del den opp.")
                .OverridePropertyName("Fil");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            // The whole file is read through once for its caps and row count, keeping no rows (issue 12, H3).
            var lesing = CsvFormat.Les(request.Innhold, ta: 0);
            if (lesing.Feil is not null)
            {
                throw new ValidationException([new ValidationFailure("Fil", lesing.Feil)]);
            }

            var innsending = new Innsending
            {
                Id = Guid.CreateVersion7(),
                KreditorId = kreditorId,
                Kanal = Innsending.Csv,
                Opprettet = clock.GetUtcNow(),
                OpprettetAvNavn = bruker.Navn,
                Status = Innsending.Venter,
                Filnavn = Portal.Vedleggsregler.Filnavn(request.Filnavn),
                AntallRader = lesing.Antall,
                Fil = request.Innhold,
            };
            db.Innsendinger.Add(innsending);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(innsending.Id, lesing.Antall);
        }
    }
}
