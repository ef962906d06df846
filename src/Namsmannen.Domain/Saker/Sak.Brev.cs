using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Trekkordning;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>The case's letters to its parties (issue 18): which fact calls for which letter, and the day each was received.</summary>
public sealed partial class Sak
{
    private readonly List<Brev> brev = [];

    /// <summary>The case's letters, as loaded with it: a new letter is added whether or not the others are loaded.</summary>
    public IReadOnlyList<Brev> Brev => brev;

    /// <summary>
    /// The letters an action sends, and to whom: the creditor hears whether the begjæring is taken; the debtor is warned
    /// before the utleggsforretning, a sale and a tilbakelevering and told of each outcome, with a copy of the outcome to
    /// the creditor. A letter is ordered with the action, in its transaction, and sent by the outbox.
    /// </summary>
    // tvangsfullbyrdelsesloven §§ 5-7, 7-10 og 7-23 (varsel og underretning), § 11-34 (fordelingsutskrift); issue 18
    public static IReadOnlyList<(Brevart Art, Brevmottaker Mottaker)> BrevFor(Handling handling) => handling switch
    {
        Handling.GodtaBegjaring => [(Brevart.Kvittering, Brevmottaker.Kreditor)],
        Handling.AvvisBegjaring => [(Brevart.Avvisning, Brevmottaker.Kreditor)],
        Handling.SendVarsel => [(Brevart.VarselOmUtleggsforretning, Brevmottaker.Skyldner)],
        Handling.TaUtleggspant => TilBegge(Brevart.UnderretningUtleggspant),
        Handling.TaUtleggstrekk => TilBegge(Brevart.UnderretningUtleggstrekk),
        Handling.KonkluderIntetTilUtlegg => TilBegge(Brevart.UnderretningIntetTilUtlegg),
        Handling.BegjarTvangssalg => [(Brevart.VarselOmTvangssalg, Brevmottaker.Skyldner)],
        Handling.StartTilbakelevering => [(Brevart.VarselOmTilbakelevering, Brevmottaker.Skyldner)],
        Handling.GjennomforTilbakelevering => [(Brevart.UnderretningTilbakelevering, Brevmottaker.Skyldner)],
        Handling.GodkjennFordeling => TilBegge(Brevart.Fordelingsutskrift),
        Handling.AvgjorKlage => TilBegge(Brevart.Klageavgjorelse),
        _ => [],
    };

    /// <summary>The letter about a decision the klagefrist of <paramref name="gjelder"/> counts from, when it has one.</summary>
    public static Brevart? KlagefristBrev(Klagegjelder gjelder) => gjelder switch
    {
        Klagegjelder.ValgAvFormuesgode => Brevart.UnderretningUtleggspant,
        Klagegjelder.IntetTilUtlegg => Brevart.UnderretningIntetTilUtlegg,
        Klagegjelder.Tilbakelevering => Brevart.UnderretningTilbakelevering,
        _ => null,
    };

    /// <summary>
    /// The day the debtor received the letter about the decision <paramref name="gjelder"/> concerns, when it has been
    /// delivered (the letters must be loaded); the klagefrist counts from it, not from the decision.
    /// </summary>
    public DateOnly? BrevMottatt(Klagegjelder gjelder) =>
        KlagefristBrev(gjelder) is { } art
            ? brev.Where(b => b.Art == art && b.Mottaker == Brevmottaker.Skyldner && b.Levert is not null).Select(b => b.Levert).Max()
            : null;

    /// <summary>
    /// Records that a letter was composed in <paramref name="malform"/> by the template <paramref name="mal"/>, sent
    /// through <paramref name="kanal"/> and received on <paramref name="levert"/>. The klagefrist of a tilbakelevering
    /// then runs one month from that day.
    /// </summary>
    public void SendBrev(Guid brevId, Malform malform, string mal, Brevkanal kanal, DateOnly sendt, DateOnly levert)
    {
        var b = brev.SingleOrDefault(b => b.Id == brevId) ?? throw new DomainException("Saken har ikke dette brevet.");
        b.Send(malform, mal, kanal, sendt, levert);
        hendelser.Add(new BrevSendt(b.Id, b.Art, b.Mottaker, malform, kanal, sendt, levert));
        if (b.Art == Brevart.UnderretningTilbakelevering && b.Mottaker == Brevmottaker.Skyldner)
        {
            // seed 002 / domain.md § 9: klagefristen er én måned fra den dagen skyldneren mottok brevet
            var frist = Klagefrist.Vurder(Klagegjelder.Tilbakelevering, new Klagegrunnlag(levert), levert).Frist!.Value;
            foreach (var apen in frister.Where(f => f.Type == Fristtype.Klagefrist && !f.Oppfylt))
            {
                apen.Flytt(frist, $"Klagefrist for tilbakeleveringen (én måned fra brevet ble mottatt {levert:dd.MM.yyyy})");
            }
        }
    }

    /// <summary>The mailbox reports that the recipient opened the digital letter <paramref name="brevId"/> on <paramref name="dato"/>.</summary>
    public void BrevApnet(Guid brevId, DateOnly dato)
    {
        var b = brev.SingleOrDefault(b => b.Id == brevId) ?? throw new DomainException("Saken har ikke dette brevet.");
        if (b.Apnet is not null)
        {
            return;
        }

        b.Apne(dato);
        hendelser.Add(new Sakshendelse.BrevApnet(b.Id, b.Art, b.Mottaker, b.Apnet!.Value));
    }

    private static IReadOnlyList<(Brevart, Brevmottaker)> TilBegge(Brevart art) => [(art, Brevmottaker.Skyldner), (art, Brevmottaker.Kreditor)];

    /// <summary>Orders the letters <paramref name="handling"/> sends, with the facts as they stand now.</summary>
    /// <summary>
    /// The letters <paramref name="handling"/> sends, for a case brought in at a stage where that step happened before
    /// letters were sent from here (history, demo data): as if the step were taken on <paramref name="dato"/>.
    /// </summary>
    public void BrevFraHistorikk(Handling handling, DateOnly dato) => BestillBrev(handling, dato, null);

    private void BestillBrev(Handling handling, DateOnly dato, string? begrunnelse)
    {
        foreach (var (art, mottaker) in BrevFor(handling))
        {
            BestillBrev(art, mottaker, null, Brevgrunnlaget(dato, begrunnelse));
        }
    }

    /// <summary>
    /// The trekkpålegg to the employer for a version of the order: the first, each change, the stop; and from the first
    /// change on, a letter to the debtor too, so a decision on documented expenses comes back to them (issue 19).
    /// </summary>
    // dekningsloven § 2-7 fjerde ledd: trekket kan endres når forholdene endrer seg; skyldneren underrettes
    private void BestillTrekkpaleggBrev(Trekkpalegg palegg, Trekkversjon versjon)
    {
        var grunnlag = Brevgrunnlaget(versjon.Dato, versjon.Grunn) with { TrekkId = palegg.Id, Trekkversjon = versjon.Versjon };
        BestillBrev(Brevart.Trekkpalegg, Brevmottaker.Arbeidsgiver, palegg.Orgnr, grunnlag);
        if (versjon.Versjon > 1)
        {
            BestillBrev(Brevart.EndretUtleggstrekk, Brevmottaker.Skyldner, null, grunnlag);
        }
    }

    private void BestillBrev(Brevart art, Brevmottaker mottaker, string? orgnr, Brevgrunnlag grunnlag)
    {
        var nytt = new Brev(Id, art, mottaker, orgnr, grunnlag);
        brev.Add(nytt);
        hendelser.Add(new BrevBestilt(nytt.Id, art, mottaker));
    }

    private Brevgrunnlag Brevgrunnlaget(DateOnly dato, string? begrunnelse) =>
        new(dato, Hovedstol.Kroner, Renter.Kroner, Omkostninger.Kroner, Innbetalt.Kroner, Utestaende.Kroner, string.IsNullOrWhiteSpace(begrunnelse) ? null : begrunnelse.Trim());
}
