using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Data.Utlegg;

/// <summary>
/// Registers follow the money (domain.md § 8): the day a case closes because the claim is paid, the begjæring is
/// withdrawn or the case is henlagt, every register entry namsmannen keeps gets its deletion notice, recorded on the
/// entry with an audit line, in the same transaction as the closing. Sending the notice is the outbox's work (issue 18).
/// </summary>
public static class Slettemeldinger
{
    /// <summary>Asks for the notices of one case; they are written when the closing is saved.</summary>
    public static void Bestill(NamsmannenDbContext db, Guid sakId, DateOnly dato, ICurrentUser bruker, TimeProvider clock) =>
        db.Slettebestillinger.Add(new Bestilling(sakId, dato, bruker, clock));

    /// <summary>Marks the entries of every case asked for; called by the context just before it saves.</summary>
    internal static async Task SkrivAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        var bestillinger = db.Slettebestillinger.DistinctBy(b => b.SakId).ToList();
        db.Slettebestillinger.Clear();
        foreach (var b in bestillinger)
        {
            var oppforinger = await db.Registreringer.Where(r => r.SakId == b.SakId && r.SlettemeldingSendt == null).OrderBy(r => r.Register == nameof(Register.Betalingsanmerkning)).ThenBy(r => r.Id).ToListAsync(cancellationToken);
            // Filtered again in memory: after a retried transaction a tracked entry may already carry the date unsaved.
            foreach (var r in oppforinger.Where(r => r.SlettemeldingSendt is null))
            {
                var register = Enum.Parse<Register>(r.Register);
                if (Domain.Regler.Registrering.SlettesAvNamsmannen(register))
                {
                    r.SlettemeldingSendt = b.Dato;
                    Revisjon.Skriv(db, b.SakId, b.Bruker, b.Clock, "SLETTEMELDING", $"Slettemelding til {register.Navn()} ({r.Utfall}) er bestilt {b.Dato:dd.MM.yyyy}.");
                }
                else
                {
                    Revisjon.Skriv(db, b.SakId, b.Bruker, b.Clock, "SLETTEMELDING", $"Utleggspantet i {register.Navn()} står til kreditor sender slettemelding (domain.md § 8).");
                }
            }
        }
    }

    internal sealed record Bestilling(Guid SakId, DateOnly Dato, ICurrentUser Bruker, TimeProvider Clock);
}
