using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>One login for an administrator (issue 20): who it is, its role and office, its state, and what administrators have done to it.</summary>
public static class Brukerdetaljer
{
    public sealed record Query(string BrukerId) : IRequest<Result>;

    public sealed record Result(
        string Id,
        string FulltNavn,
        string Epost,
        string Rolle,
        string? Kontor,
        Guid? KreditorId,
        DateTimeOffset? Deaktivert,
        DateTimeOffset? LastTil,
        DateTimeOffset? SistInnlogget,
        bool MaByttePassord,
        bool ErDegSelv,
        IReadOnlyList<ListBrukere.KreditorValg> Kreditorer,
        IReadOnlyList<Logglinje> Logg);

    public sealed record Logglinje(DateTimeOffset Tidspunkt, string Type, string Beskrivelse, string UtfortAvNavn);

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            var rolle = (await users.GetRolesAsync(bruker)).FirstOrDefault() ?? string.Empty;
            var gjelder = $"bruker:{bruker.Id}";
            var logg = await db.Administrasjonslogg.AsNoTracking().Where(h => h.Gjelder == gjelder).OrderByDescending(h => h.Id).Take(50)
                .Select(h => new Logglinje(h.Tidspunkt, h.Type, h.Beskrivelse, h.UtfortAvNavn)).ToListAsync(cancellationToken);
            var kreditorer = await db.Kreditorer.AsNoTracking().OrderBy(k => k.Navn).Select(k => new ListBrukere.KreditorValg(k.Id, k.Navn)).ToListAsync(cancellationToken);
            var last = bruker.LockoutEnd is { } slutt && slutt > clock.GetUtcNow() ? slutt : (DateTimeOffset?)null;
            return new Result(bruker.Id, bruker.FulltNavn, bruker.Email ?? string.Empty, rolle, bruker.Kontor, bruker.KreditorId, bruker.Deaktivert, last,
                bruker.SistInnlogget, bruker.MaByttePassord, bruker.Id == utforer.UserId, kreditorer, logg);
        }
    }
}
