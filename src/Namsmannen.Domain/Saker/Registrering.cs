using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// An entry namsmannen made in a register for the case (Grunnboken, Løsøreregisteret, the betalingsanmerkning), with its
/// deletion rule and the day its deletion notice was ordered. Owned by the case (<see cref="Sak.Registreringer"/>) and
/// changed only through it.
/// </summary>
public sealed class Registrering
{
    private Registrering()
    {
        Sletting = string.Empty;
    }

    internal Registrering(Guid sakId, Guid? formuesgodeId, Registerutfall utfall, Registeroppforing oppforing)
    {
        SakId = sakId;
        Referanse = Guid.NewGuid();
        FormuesgodeId = formuesgodeId;
        Utfall = utfall;
        Register = oppforing.Register;
        Registrert = oppforing.Registrert;
        Slettes = oppforing.Slettes;
        Sletting = oppforing.Sletting;
    }

    public long Id { get; private set; }

    public Guid SakId { get; private set; }

    /// <summary>Namsmannen's reference for the entry with the register: every notice about it carries it, so a notice sent twice is one.</summary>
    public Guid Referanse { get; private set; }

    /// <summary>The pledged asset, for an utleggspant; null for a trekk, intet til utlegg and the betalingsanmerkning.</summary>
    public Guid? FormuesgodeId { get; private set; }

    public Register Register { get; private set; }

    public Registerutfall Utfall { get; private set; }

    public DateOnly Registrert { get; private set; }

    /// <summary>The day the register deletes the entry by itself, when it does.</summary>
    public DateOnly? Slettes { get; private set; }

    /// <summary>How the entry goes away, in words («Automatisk etter 5 år.»).</summary>
    public string Sletting { get; private set; }

    /// <summary>The day namsmannen asked the register to delete the entry (the claim paid, withdrawn or henlagt), or null.</summary>
    public DateOnly? SlettemeldingSendt { get; private set; }

    /// <summary>The day the register acknowledged the registration, or null while the notice is on its way.</summary>
    public DateOnly? Kvittert { get; private set; }

    /// <summary>The day the register acknowledged the deletion, or null.</summary>
    public DateOnly? Slettet { get; private set; }

    public Registeroppforing Oppforing => new(Register, Registrert, Slettes, Sletting);

    internal void MeldSletting(DateOnly dato) => SlettemeldingSendt = dato;

    internal void Kvitter(bool sletting, DateOnly dato)
    {
        if (sletting)
        {
            Slettet = dato;
        }
        else
        {
            Kvittert = dato;
        }
    }
}
