using Namsmannen.Application.Common;

namespace Namsmannen.Application.Data.Administrasjon;

/// <summary>Writes a line of the administrators' audit log into the unit of work that makes the change, so both are saved or neither.</summary>
public static class Administrasjonslogg
{
    public static void Skriv(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, string type, string gjelder, string beskrivelse) =>
        db.Administrasjonslogg.Add(new Administrasjonshendelse
        {
            Tidspunkt = clock.GetUtcNow(),
            Type = type,
            Gjelder = gjelder,
            Beskrivelse = beskrivelse.Length > 2000 ? beskrivelse[..2000] : beskrivelse,
            UtfortAv = bruker.UserId,
            UtfortAvNavn = bruker.Navn,
        });
}
