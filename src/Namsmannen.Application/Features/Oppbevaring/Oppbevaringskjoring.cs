using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Saker;
using Npgsql;
using Regler = Namsmannen.Domain.Regler.Oppbevaring;

namespace Namsmannen.Application.Features.Oppbevaring;

/// <summary>
/// The retention rules carried out (issue 20; <see cref="Regler"/>, docs/domain.md «Retention»), each night by the
/// scheduler and safe to run again:
/// <list type="number">
/// <item>a case closed <see cref="Regler.DokumenterAr"/> years ago loses its attachments and letter files, with a line
/// in its audit log (<see cref="Domain.Saker.Sak.SlettDokumenter"/>);</item>
/// <item>a case closed <see cref="Regler.PersonopplysningerAr"/> years ago is anonymised by the database's
/// <c>anonymiser_sak</c>, which the application's role may call but could not do itself (it replaces audit lines);</item>
/// <item>submissions and their receipts go after <see cref="Regler.FeiledeInnsendingerDager"/> days (a failed CSV file)
/// or <see cref="Regler.InnsendingerDager"/> days (the rest).</item>
/// </list>
/// A case under a legal hold is left alone, and counted.
/// </summary>
public static class Oppbevaringskjoring
{
    public sealed record Command : ICommand<Result>;

    /// <param name="Saker">Cases whose documents were deleted.</param>
    /// <param name="Vedlegg">Attachments deleted.</param>
    /// <param name="Brevfiler">Letter files deleted.</param>
    /// <param name="Anonymisert">Cases anonymised.</param>
    /// <param name="Innsendinger">Submissions deleted with their receipts.</param>
    /// <param name="HoldtTilbake">Cases due for deletion or anonymisation that a legal hold keeps.</param>
    public sealed record Result(int Saker, int Vedlegg, int Brevfiler, int Anonymisert, int Innsendinger, int HoldtTilbake);

    /// <summary>Cases are handled this many at a time.</summary>
    public const int Del = 200;

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            db.Journal.Aktor = new Aktor(null, "Oppbevaringsreglene");
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var (saker, vedlegg, brevfiler) = await SlettDokumenterAsync(idag, cancellationToken);
            var anonymisert = await AnonymiserAsync(idag, cancellationToken);
            var innsendinger = await SlettInnsendingerAsync(cancellationToken);
            var dokumentgrense = Regler.DokumenterAvsluttetSenest(idag);
            var holdt = await db.Saker.CountAsync(s => s.RettsligHold != null && s.Avsluttet != null && s.Avsluttet <= dokumentgrense && s.Anonymisert == null, cancellationToken);
            return new Result(saker, vedlegg, brevfiler, anonymisert, innsendinger, holdt);
        }

        private async Task<(int Saker, int Vedlegg, int Brevfiler)> SlettDokumenterAsync(DateOnly idag, CancellationToken cancellationToken)
        {
            var grense = Regler.DokumenterAvsluttetSenest(idag);
            var (saker, vedlegg, brevfiler) = (0, 0, 0);
            while (await db.Saker.Where(s => s.Avsluttet != null && s.Avsluttet <= grense && s.DokumenterSlettet == null && s.Anonymisert == null && s.RettsligHold == null)
                       .OrderBy(s => s.Avsluttet).ThenBy(s => s.Id).Select(s => s.Id).Take(Del).ToListAsync(cancellationToken) is { Count: > 0 } ider)
            {
                // What each case's journal line counts is what the statement deleted, not a count taken before it.
                var sakene = ider.ToArray();
                var vedleggPerSak = PerSak(await db.Database.SqlQuery<Guid>($"DELETE FROM vedlegg WHERE sak_id = ANY({sakene}) RETURNING sak_id AS \"Value\"").ToListAsync(cancellationToken));
                var filerPerSak = PerSak(await db.Database.SqlQuery<Guid>(
                    $"DELETE FROM brevfiler f USING brev b WHERE b.id = f.brev_id AND b.sak_id = ANY({sakene}) RETURNING b.sak_id AS \"Value\"").ToListAsync(cancellationToken));
                foreach (var sak in (await SakOppslag.HentMangeMedIdAsync(db, ider, cancellationToken)).Values)
                {
                    var v = vedleggPerSak.GetValueOrDefault(sak.Id);
                    var b = filerPerSak.GetValueOrDefault(sak.Id);
                    sak.SlettDokumenter(idag, v, b);
                    (saker, vedlegg, brevfiler) = (saker + 1, vedlegg + v, brevfiler + b);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return (saker, vedlegg, brevfiler);
        }

        private static Dictionary<Guid, int> PerSak(List<Guid> sakIder) => sakIder.CountBy(id => id).ToDictionary();

        private async Task<int> AnonymiserAsync(DateOnly idag, CancellationToken cancellationToken)
        {
            var grense = Regler.AnonymiseringAvsluttetSenest(idag);
            var antall = 0;
            while (await db.Saker.Where(s => s.Avsluttet != null && s.Avsluttet <= grense && s.Anonymisert == null && s.RettsligHold == null)
                       .OrderBy(s => s.Avsluttet).ThenBy(s => s.Id).Select(s => s.Id).Take(Del).ToListAsync(cancellationToken) is { Count: > 0 } ider)
            {
                // The database's own function does it (the application's role cannot change an audit line), and refuses
                // a case it should not touch, so a bug here fails the run instead of erasing a live case.
                var parameter = new NpgsqlParameter("ider", ider.ToArray());
                antall += await db.Database.SqlQueryRaw<int>("SELECT count(*) FILTER (WHERE anonymiser_sak(id))::int AS \"Value\" FROM unnest(@ider) AS id", parameter)
                    .SingleAsync(cancellationToken);
            }

            return antall;
        }

        private Task<int> SlettInnsendingerAsync(CancellationToken cancellationToken)
        {
            var naa = clock.GetUtcNow();
            var feilet = naa.AddDays(-Regler.FeiledeInnsendingerDager);
            var alle = naa.AddDays(-Regler.InnsendingerDager);
            // Their parts (the receipts) go with them (ON DELETE CASCADE); one still being read is left to finish.
            return db.Innsendinger
                .Where(i => (i.Status == Innsending.Feilet && i.Avsluttet != null && i.Avsluttet < feilet)
                    || (i.Status != Innsending.Venter && i.Status != Innsending.Behandles && i.Opprettet < alle))
                .ExecuteDeleteAsync(cancellationToken);
        }
    }
}
