using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// The creditor sets the order payments on its case cover the claim's parts in (issue 16; Lovavdelingen 1999: in
/// enforcement the creditor chooses), through the API or the portal; an empty order goes back to the standard one.
/// </summary>
public static class SettAvregningsrekkefolge
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>The four parts by name (hovedstol, renter, omkostninger, rettsgebyr), first covered first; empty: the standard order.</summary>
        public IReadOnlyList<string> Rekkefolge { get; init; } = [];
    }

    public sealed record Result(string Saksnummer, IReadOnlyList<Komponent> Rekkefolge, bool Standard);

    /// <summary>A part's name as the API and the forms give it, or null.</summary>
    public static Komponent? Les(string? navn) =>
        Enum.TryParse<Komponent>(navn?.Trim().Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(navn, out _) ? k : null;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Rekkefolge).Must(n => Les(n) is not null)
                .WithMessage((_, n) => $"«{n}» er ikke en del av kravet. Bruk hovedstol, renter, omkostninger og rettsgebyr.");
            RuleFor(c => c.Rekkefolge).Must(r => r.Count == 0 || (r.Count == 4 && r.Select(Les).Distinct().Count() == 4))
                .When(c => c.Rekkefolge.All(n => Les(n) is not null))
                .WithMessage(Domain.Saker.Sak.RekkefolgeMaHaHverDel);
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            bruker.Kreditor();
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, null, cancellationToken);
            sak.SettAvregningsrekkefolge(request.Rekkefolge.Count == 0 ? null : request.Rekkefolge.Select(n => Les(n)!.Value).ToList());
            await Revisjon.LagreAsync(db, bruker, sak, null, cancellationToken);
            return new Result(sak.Saksnummer, sak.Rekkefolge ?? Kontoutskrift.StandardRekkefolge, sak.Rekkefolge is null);
        }
    }
}
