using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Data.Utlegg;

/// <summary>The bookkeeping every outcome of an utleggsforretning shares: its deadline is met, and what is registered.</summary>
public static class Utleggsforretninger
{
    /// <summary>The deadline type the varsel sets for the utleggsforretning.</summary>
    public const string FristType = "UTLEGGSFORRETNING";

    /// <summary>The utleggsforretning has been held: its deadline no longer counts as open.</summary>
    public static async Task MarkerHoldtAsync(NamsmannenDbContext db, Guid sakId, CancellationToken cancellationToken)
    {
        var frister = await db.Frister.Where(f => f.SakId == sakId && f.Type == FristType && !f.Oppfylt).ToListAsync(cancellationToken);
        frister.ForEach(f => f.Oppfylt = true);
    }

    /// <summary>Records an entry in Grunnboken or Løsøreregisteret with its deletion rule, and its audit line.</summary>
    public static Registeroppforing Registrer(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Guid sakId, Guid? formuesgodeId, Registerutfall utfall, DateOnly dato)
    {
        var oppforing = Domain.Regler.Registrering.For(utfall, dato);
        db.Registreringer.Add(new Registrering
        {
            SakId = sakId,
            FormuesgodeId = formuesgodeId,
            Register = oppforing.Register.ToString(),
            Utfall = utfall.ToString(),
            Registrert = dato,
            Slettes = oppforing.Slettes,
            Sletting = oppforing.Sletting,
        });
        var register = oppforing.Register == Register.Grunnboken ? "Grunnboken" : "Løsøreregisteret";
        var slettes = oppforing.Slettes is { } s ? s.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : oppforing.Sletting;
        Revisjon.Skriv(db, sakId, bruker, clock, "REGISTRERT", $"Registrert i {register}. Slettes: {slettes}");
        return oppforing;
    }
}
