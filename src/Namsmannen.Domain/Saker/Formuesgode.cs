using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// An asset found at the utleggsforretning, with its beslagsfrihet vurdering and any override with its reason. Owned by
/// the case (<see cref="Sak.Formuesgoder"/>) and made only through it.
/// </summary>
public sealed class Formuesgode
{
    private Formuesgode()
    {
        Beskrivelse = string.Empty;
        Begrunnelse = string.Empty;
    }

    internal Formuesgode(Guid sakId, Formuesgodetype type, string beskrivelse, Belop verdi, Beslagsvurdering vurdering, bool utleggspant, string? overstyrtBegrunnelse)
    {
        Id = Guid.NewGuid();
        SakId = sakId;
        Type = type;
        Beskrivelse = beskrivelse;
        Verdi = verdi;
        Utfall = vurdering.Utfall;
        BeslagsfrittBelop = vurdering.BeslagsfrittBelop;
        Begrunnelse = $"{vurdering.Begrunnelse} ({vurdering.Kilde})";
        OverstyrtBegrunnelse = overstyrtBegrunnelse;
        Utleggspant = utleggspant;
    }

    public Guid Id { get; private set; }

    public Guid SakId { get; private set; }

    public Formuesgodetype Type { get; private set; }

    public string Beskrivelse { get; private set; }

    public Belop Verdi { get; private set; }

    public Beslagsutfall Utfall { get; private set; }

    public Belop BeslagsfrittBelop { get; private set; }

    /// <summary>The vurdering's reason with its source: «Vanlig innbo er beslagsfritt. (dekningsloven § 2-2)».</summary>
    public string Begrunnelse { get; private set; }

    /// <summary>The caseworker's written reason for taking pant despite the vurdering, or null.</summary>
    public string? OverstyrtBegrunnelse { get; private set; }

    public bool Utleggspant { get; private set; }
}
