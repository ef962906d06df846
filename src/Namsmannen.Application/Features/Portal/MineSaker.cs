using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// The creditor's own cases, newest first, a page at a time by keyset (page 1 000 costs what page 1 does). Searches by
/// saksnummer, the creditor's referanse, or the debtor's identity number. The debtor is shown as the creditor named them.
/// </summary>
public static partial class MineSaker
{
    public const int Sidestorrelse = 25;

    public sealed record Query : IRequest<Result>
    {
        public string? Sok { get; init; }

        public Saksstadium? Stadium { get; init; }

        public DateOnly? EtterMottatt { get; init; }

        public string? EtterSaksnummer { get; init; }
    }

    public sealed record Rad(string Saksnummer, string Referanse, Saksstadium Stadium, Begjaringstype Type, string Skyldner, string SkyldnerIdMaskert, decimal Krav, decimal Innbetalt, DateOnly Mottatt);

    public sealed record Result(string Kreditor, IReadOnlyList<Rad> Saker, DateOnly? NesteMottatt, string? NesteSaksnummer, string? Sokeforklaring);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Sok).MaximumLength(100).WithMessage("Søket kan ha høyst 100 tegn.");
            RuleFor(q => q.EtterSaksnummer).NotEmpty().When(q => q.EtterMottatt is not null).WithMessage("Sidemarkøren er ufullstendig.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var navn = await db.Kreditorer.Where(k => k.Id == kreditorId).Select(k => k.Navn).SingleAsync(cancellationToken);
            var saker = db.Saker.AsNoTracking().Where(s => s.KreditorId == kreditorId);
            string? forklaring = null;
            if (request.Sok?.Trim() is { Length: > 0 } sok)
            {
                var siffer = sok.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (Saksnummer.TryParse(sok, out var saksnummer))
                {
                    var nr = saksnummer.ToString();
                    saker = saker.Where(s => s.Saksnummer == nr);
                    forklaring = $"Saksnummer {nr}";
                }
                else if (Identifikator().IsMatch(siffer))
                {
                    saker = saker.Where(s => db.Skyldnere.Any(d => d.Id == s.SkyldnerId && d.Identifikator == siffer));
                    forklaring = $"Skyldner {(siffer.Length == 11 ? Fodselsnummer.Mask(siffer) : siffer)}";
                }
                else
                {
                    saker = saker.Where(s => s.KreditorReferanse == sok);
                    forklaring = $"Deres referanse «{sok}»";
                }
            }

            if (request.Stadium is { } stadium)
            {
                saker = saker.Where(s => s.Stadium == stadium);
            }

            if (request.EtterMottatt is { } m && request.EtterSaksnummer is { } n)
            {
                saker = saker.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.Mottatt, s.Saksnummer), ValueTuple.Create(m, n)));
            }

            var rader = await saker
                .OrderByDescending(s => s.Mottatt).ThenByDescending(s => s.Saksnummer)
                .Take(Sidestorrelse + 1)
                .Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new
                {
                    s.Saksnummer,
                    s.KreditorReferanse,
                    s.Stadium,
                    s.Type,
                    Navn = EF.Property<string?>(s, NamsmannenDbContext.InnsendtSkyldnernavn) ?? d.Navn,
                    SkyldnerType = d.Type,
                    d.Identifikator,
                    s.Hovedstol,
                    s.Renter,
                    s.Omkostninger,
                    s.Innbetalt,
                    s.Mottatt,
                })
                .OrderByDescending(x => x.Mottatt).ThenByDescending(x => x.Saksnummer)
                .ToListAsync(cancellationToken);
            var side = rader.Take(Sidestorrelse)
                .Select(r => new Rad(r.Saksnummer, r.KreditorReferanse, r.Stadium, r.Type, r.Navn, r.SkyldnerType == Skyldnertype.Person ? Fodselsnummer.Mask(r.Identifikator) : r.Identifikator, r.Hovedstol + r.Renter + r.Omkostninger, r.Innbetalt, r.Mottatt))
                .ToList();
            var flere = rader.Count > Sidestorrelse;
            return new Result(navn, side, flere ? side[^1].Mottatt : null, flere ? side[^1].Saksnummer : null, forklaring);
        }
    }

    [GeneratedRegex("^([0-9]{11}|[0-9]{9})$")]
    private static partial Regex Identifikator();
}
