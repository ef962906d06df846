using Namsmannen.Domain.Regler;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>The case's entries in the registers: made by its outcomes, and deleted when the money says so (domain.md § 8).</summary>
public sealed partial class Sak
{
    private readonly List<Registrering> registreringer = [];

    /// <summary>
    /// The case's register entries. Only those loaded with the case are here: load the ones without a deletion notice
    /// before <see cref="BestillSlettemeldinger"/>; a new entry is added whether or not the others are loaded.
    /// </summary>
    public IReadOnlyList<Registrering> Registreringer => registreringer;

    /// <summary>
    /// Registers an outcome in its register with its deletion rule (<see cref="Registerregler.Oppforing"/>), for the
    /// pledged asset <paramref name="formuesgodeId"/> when it is an utleggspant.
    /// </summary>
    public Registrering Registrer(Registerutfall utfall, DateOnly dato, Guid? formuesgodeId = null)
    {
        var registrering = new Registrering(Id, formuesgodeId, utfall, Registerregler.Oppforing(utfall, dato));
        registreringer.Add(registrering);
        hendelser.Add(new Registrert(registrering.Oppforing) { Referanse = registrering.Referanse });
        return registrering;
    }

    /// <summary>
    /// Orders the deletion notices the day the case closed because the claim is paid, the begjæring withdrawn or the case
    /// henlagt (every entry), or a sale's fordeling was approved (<paramref name="bareUtleggspant"/>: the pledges in the
    /// sold assets only). Namsmannen sends the notice for every register but the grunnbok's utleggspant, which the
    /// creditor deletes; each entry gets its fact, the betalingsanmerkning last.
    /// </summary>
    // domain.md § 8: registrene følger pengene; namsmannen sender slettemelding samme dag
    public void BestillSlettemeldinger(DateOnly dato, bool bareUtleggspant)
    {
        foreach (var r in registreringer.Where(r => r.SlettemeldingSendt is null && (!bareUtleggspant || r.FormuesgodeId is not null))
                     .OrderBy(r => r.Register == Register.Betalingsanmerkning).ThenBy(r => r.Id).ToList())
        {
            var sendes = Registerregler.SlettesAvNamsmannen(r.Register);
            if (sendes)
            {
                r.MeldSletting(dato);
            }

            hendelser.Add(new SlettemeldingBestilt(r.Register, r.Utfall, dato, sendes) { Referanse = r.Referanse });
        }
    }

    /// <summary>
    /// The register acknowledged namsmannen's notice about the entry <paramref name="referanse"/> (loaded with the case):
    /// registered, or deleted. An acknowledgement already recorded changes nothing.
    /// </summary>
    public void KvitterRegister(Guid referanse, bool sletting, DateOnly dato, string registerreferanse)
    {
        var r = registreringer.SingleOrDefault(r => r.Referanse == referanse)
            ?? throw new DomainException("Saken har ingen registrering med denne referansen.");
        if ((sletting ? r.Slettet : r.Kvittert) is not null)
        {
            return;
        }

        r.Kvitter(sletting, dato);
        hendelser.Add(new RegisterKvittert(r.Register, r.Utfall, sletting, dato, registerreferanse));
    }
}
