using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Trekkordning;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>The running trekk of a case: its order's versions, and the tasks a deviation or a missing remittance gives.</summary>
public sealed partial class Sak
{
    // ASSUMPTION (docs/domain.md, trekk): saksbehandleren følger opp et avvik eller en manglende innbetaling innen 5 virkedager
    public const int TrekkoppgaveVirkedager = 5;

    /// <summary>Records that a version of this case's order was written (the order is its own aggregate; the case keeps the record).</summary>
    public void RegistrerTrekkversjon(Trekkpalegg palegg, Trekkversjon versjon)
    {
        if (palegg.SakId != Id)
        {
            throw new DomainException("Trekkpålegget gjelder en annen sak.");
        }

        hendelser.Add(new TrekkpaleggVersjon(palegg.Id, versjon.Versjon, versjon.Status, versjon.BelopPerManed, versjon.FraDato, versjon.TilDato, versjon.Grunn, versjon.Dato));
        BestillTrekkpaleggBrev(palegg, versjon);
    }

    /// <summary>A deviation reported by the trekkpliktig on <paramref name="idag"/>: a task for the caseworker, with its deadline.</summary>
    public DateOnly MeldTrekkavvik(Trekkpalegg palegg, Trekkavvik avvik, Trekkmaned? periode, string? beskrivelse, DateOnly idag)
    {
        var frist = Trekkoppgavefrist(idag);
        var tekst = $"{Trekkavvikkoder.Navn(avvik)}{(periode is { } p ? $" ({p})" : string.Empty)}, meldt av {palegg.Orgnr}. {beskrivelse?.Trim()}".Trim();
        SettFrist(Fristtype.Trekkavvik, frist, Kort(tekst));
        hendelser.Add(new TrekkavvikMeldt(palegg.Id, palegg.Orgnr, avvik, periode?.ToString(), beskrivelse?.Trim() ?? string.Empty, frist));
        return frist;
    }

    /// <summary>A month's remittance missing or short after its follow-up day: a task for the caseworker and a notice to the creditor.</summary>
    public DateOnly MeldManglendeTrekkinnbetaling(Trekkpalegg palegg, Trekkmaned periode, Belop forventet, Belop mottatt, DateOnly idag)
    {
        if (mottatt >= forventet)
        {
            throw new DomainException($"Trekket for {periode} er innbetalt.");
        }

        var frist = Trekkoppgavefrist(idag);
        var tekst = mottatt == Belop.Null
            ? $"Trekket for {periode} ({forventet}) er ikke innbetalt fra {palegg.Orgnr}."
            : $"Trekket for {periode} er innbetalt med {mottatt} av {forventet} fra {palegg.Orgnr}.";
        SettFrist(Fristtype.Trekkinnbetaling, frist, tekst);
        hendelser.Add(new TrekkinnbetalingMangler(palegg.Id, periode.ToString(), forventet, mottatt, frist, idag));
        return frist;
    }

    /// <summary>The caseworker handled the task <paramref name="fristId"/> on <paramref name="idag"/>, saying what was done.</summary>
    public void LukkTrekkoppgave(long fristId, string merknad, DateOnly idag)
    {
        var frist = frister.SingleOrDefault(f => f.Id == fristId && f.ErTrekkoppgave && !f.Oppfylt)
            ?? throw new DomainException("Oppgaven finnes ikke eller er alt behandlet.");
        if (string.IsNullOrWhiteSpace(merknad))
        {
            throw new DomainException("Skriv hva som er gjort med oppgaven.", "Merknad");
        }

        frist.Oppfyll(idag);
        hendelser.Add(new TrekkoppgaveLukket(fristId, frist.Type, merknad.Trim()));
    }

    private static DateOnly Trekkoppgavefrist(DateOnly idag) => Regler.Frister.LeggTilVirkedager(idag, TrekkoppgaveVirkedager);

    private static string Kort(string tekst) => tekst.Length > 300 ? tekst[..297] + "…" : tekst;
}
