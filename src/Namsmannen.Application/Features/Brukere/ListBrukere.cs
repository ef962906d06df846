using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>Every login for the administrators (issue 20): role, office, creditor, whether it is active, disabled or locked, and the last login.</summary>
public static class ListBrukere
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Rad> Brukere, IReadOnlyList<KreditorValg> Kreditorer);

    public sealed record Rad(string Id, string Epost, string FulltNavn, string Roller, string? Kreditor, bool Last)
    {
        public string? Kontor { get; init; }

        public DateTimeOffset? Deaktivert { get; init; }

        public DateTimeOffset? SistInnlogget { get; init; }

        public string Status => Statustekst(Deaktivert, Last);
    }

    public sealed record KreditorValg(Guid Id, string Navn);

    /// <summary>A login's state in a word, the same in the list and on the user's page.</summary>
    public static string Statustekst(DateTimeOffset? deaktivert, bool last) => deaktivert is not null ? "Deaktivert" : last ? "Låst" : "Aktiv";

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var brukere = await db.Users.AsNoTracking()
                .OrderBy(u => u.FulltNavn)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.FulltNavn,
                    Roller = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
                    Kreditor = db.Kreditorer.Where(k => k.Id == u.KreditorId).Select(k => k.Navn).FirstOrDefault(),
                    Last = u.LockoutEnd != null && u.LockoutEnd > now,
                    u.Kontor,
                    u.Deaktivert,
                    u.SistInnlogget,
                })
                .ToListAsync(cancellationToken);
            var kreditorer = await db.Kreditorer.AsNoTracking().OrderBy(k => k.Navn)
                .Select(k => new KreditorValg(k.Id, k.Navn)).ToListAsync(cancellationToken);
            return new Result(
                brukere.Select(b => new Rad(b.Id, b.Email ?? string.Empty, b.FulltNavn, string.Join(", ", b.Roller.Select(r => Identity.Roller.Visningsnavn(r ?? string.Empty))), b.Kreditor, b.Last)
                {
                    Kontor = b.Kontor,
                    Deaktivert = b.Deaktivert,
                    SistInnlogget = b.SistInnlogget,
                }).ToList(),
                kreditorer);
        }
    }
}
