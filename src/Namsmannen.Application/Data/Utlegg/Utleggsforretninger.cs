using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Utlegg;

/// <summary>The bookkeeping every outcome of an utleggsforretning shares: its deadline is met, and what is registered.</summary>
public static class Utleggsforretninger
{
    /// <summary>Records an entry in Grunnboken or Løsøreregisteret with its deletion rule, and its audit line.</summary>
    public static Registeroppforing Registrer(NamsmannenDbContext db, Sak sak, Guid? formuesgodeId, Registerutfall utfall, DateOnly dato) =>
        Legg(db, sak, formuesgodeId, utfall.ToString(), Domain.Regler.Registrering.Oppforing(utfall, dato));

    /// <summary>Records the betalingsanmerkning that follows the utleggsforretning's registration (seed 003), and its audit line.</summary>
    public static Registeroppforing RegistrerBetalingsanmerkning(NamsmannenDbContext db, Sak sak, DateOnly dato) =>
        Legg(db, sak, null, nameof(Register.Betalingsanmerkning), Domain.Regler.Registrering.Betalingsanmerkning(dato));

    private static Registeroppforing Legg(NamsmannenDbContext db, Sak sak, Guid? formuesgodeId, string utfall, Registeroppforing oppforing)
    {
        db.Registreringer.Add(new Registrering
        {
            SakId = sak.Id,
            FormuesgodeId = formuesgodeId,
            Register = oppforing.Register.ToString(),
            Utfall = utfall,
            Registrert = oppforing.Registrert,
            Slettes = oppforing.Slettes,
            Sletting = oppforing.Sletting,
        });
        sak.Registrer(oppforing);
        return oppforing;
    }
}
