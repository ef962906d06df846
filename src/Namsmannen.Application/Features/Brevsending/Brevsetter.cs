using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>The case's debtor and creditor, as a letter reads them.</summary>
public sealed record Brevparter(Skyldner Skyldner, Kreditor Kreditor);

/// <summary>Who a letter goes to and how: the party's identifier, the channel, the målform, and the address for paper.</summary>
public sealed record Brevmottakeren(string Identifikator, Brevkanal Kanal, Malform Malform, Brevpart Part);

/// <summary>
/// Composes a letter (<see cref="Brevmodell"/>) from the case, its parties and what the letter is about. The recipient's
/// målform is their own choice when they have made one, else the contact register's, else bokmål; a person is reached
/// digitally unless KRR says they are reserved or have no mailbox. A protected address (fortrolig adresse) is printed on
/// no letter but the debtor's own, and a fødselsnummer is never printed whole.
/// </summary>
public sealed class Brevsetter(NamsmannenDbContext db, IDigitalPost post, Utbetalinger.Namsmannskonto konto)
{
    /// <summary>The case's debtor and creditor, loaded once for everything a letter needs of them.</summary>
    public async Task<Brevparter> ParterAsync(Sak sak, CancellationToken cancellationToken) => new(
        await db.Skyldnere.AsNoTracking().SingleAsync(s => s.Id == sak.SkyldnerId, cancellationToken),
        await db.Kreditorer.AsNoTracking().SingleAsync(k => k.Id == sak.KreditorId, cancellationToken));

    /// <summary>
    /// The recipient of <paramref name="brev"/> with channel and målform, asking KRR about a person; or, for a letter
    /// already sent shown again in <paramref name="visIMalform"/>, the channel it went by, with no lookup.
    /// </summary>
    public async Task<Brevmottakeren> MottakerAsync(Brev brev, Brevparter parter, CancellationToken cancellationToken, Malform? visIMalform = null)
    {
        var (skyldner, kreditor) = (parter.Skyldner, parter.Kreditor);
        var mottaker = brev.Mottaker switch
        {
            Brevmottaker.Skyldner => new Brevmottakeren(skyldner.Identifikator, skyldner.Type == Skyldnertype.Virksomhet ? Brevkanal.Digital : Brevkanal.Papir,
                skyldner.Malform ?? Malform.Bokmal, new Brevpart(skyldner.Navn, Adresse(skyldner.Adresse, skyldner.Postnummer, skyldner.Poststed), skyldner.MaskertIdentifikator)),
            Brevmottaker.Kreditor => new Brevmottakeren(kreditor.Organisasjonsnummer, Brevkanal.Digital, kreditor.Malform,
                new Brevpart(kreditor.Navn, Adresse(kreditor.Adresse, kreditor.Postnummer, kreditor.Poststed), kreditor.Organisasjonsnummer)),
            _ => brev.Orgnr is { } orgnr
                ? new Brevmottakeren(orgnr, Brevkanal.Digital, Malform.Bokmal, new Brevpart(await ArbeidsgiverAsync(orgnr, cancellationToken), [], orgnr))
                : throw new InvalidOperationException("Brevet til arbeidsgiveren mangler organisasjonsnummer."),
        };
        if (visIMalform is { } vist && brev.Kanal is { } kanal)
        {
            return mottaker with { Kanal = kanal, Malform = vist };
        }

        if (brev.Mottaker != Brevmottaker.Skyldner || skyldner.Type == Skyldnertype.Virksomhet)
        {
            return mottaker;
        }

        // A person: KRR says whether they can be reached digitally, and their language when they have chosen none here.
        var krr = await post.SlaOppAsync(skyldner.Identifikator, cancellationToken);
        return mottaker with { Kanal = krr.Kanal, Malform = skyldner.Malform ?? krr.Sprak ?? Malform.Bokmal };
    }

    /// <summary>The letter's content for <paramref name="mottakeren"/>, dated <paramref name="dato"/> and received on <paramref name="mottas"/>.</summary>
    public async Task<Brevmodell> SettAsync(Sak sak, Brev brev, Brevparter parter, Brevmottakeren mottakeren, DateOnly dato, DateOnly mottas, CancellationToken cancellationToken)
    {
        var skyldner = parter.Skyldner;
        // domain.md § 10 and issue 18: only the debtor's own letters carry the debtor's address when it is protected
        var skyldnerpart = new Brevpart(skyldner.Navn,
            skyldner.FortroligAdresse && brev.Mottaker != Brevmottaker.Skyldner ? [] : Adresse(skyldner.Adresse, skyldner.Postnummer, skyldner.Poststed),
            skyldner.MaskertIdentifikator);
        var modell = new Brevmodell(brev.Art, brev.Mottaker, mottakeren.Malform, sak.Saksnummer, Kontorinndeling.Alle.FirstOrDefault(k => k.Kode == sak.Kontor)?.Navn ?? sak.Kontor,
            dato, mottas, mottakeren.Part, skyldnerpart, parter.Kreditor.Navn, sak.KreditorReferanse, brev.Grunnlag, konto.Kontonummer,
            Saksnummer.TryParse(sak.Saksnummer, out var nummer) ? Kid.For(nummer) : sak.Saksnummer.Replace("-", string.Empty, StringComparison.Ordinal));
        return brev.Art switch
        {
            Brevart.VarselOmUtleggsforretning => await db.Frister.AsNoTracking()
                    .Where(f => f.SakId == sak.Id && f.Type == Fristtype.Utleggsforretning && f.Dato >= brev.Grunnlag.Dato)
                    .OrderByDescending(f => f.Id).Select(f => new { f.Dato, f.Beskrivelse }).FirstOrDefaultAsync(cancellationToken) is { } forretning
                ? modell with { Utleggsforretning = forretning.Dato, UtleggsforretningTidOgSted = forretning.Beskrivelse.Replace("Utleggsforretning ", string.Empty, StringComparison.Ordinal) }
                : modell,
            Brevart.UnderretningUtleggspant => modell with
            {
                Formuesgoder = (await db.Formuesgoder.AsNoTracking().Where(f => f.SakId == sak.Id).ToListAsync(cancellationToken))
                    .Select(f => new Brevformuesgode(f.Beskrivelse, f.Verdi.Kroner, f.Utleggspant, f.Begrunnelse)).ToList(),
            },
            Brevart.UnderretningUtleggstrekk or Brevart.Trekkpalegg or Brevart.EndretUtleggstrekk => modell with { Trekk = await TrekkAsync(sak, brev, cancellationToken) },
            Brevart.Fordelingsutskrift => modell with { Fordeling = await FordelingAsync(sak, cancellationToken) },
            Brevart.Klageavgjorelse => modell with
            {
                Klage = await db.Klager.AsNoTracking().Where(k => k.SakId == sak.Id && k.Avgjort != null).OrderByDescending(k => k.Avgjort)
                    .Select(k => new Brevklage(k.Gjelder, k.Mottatt, k.Utfall!.Value, k.OversendtTingretten != null, k.Avgjorelse ?? string.Empty))
                    .FirstOrDefaultAsync(cancellationToken),
            },
            Brevart.UnderretningTilbakelevering => modell with { Tilbakeleveringsverdi = sak.TilbakeleveringVerdi },
            _ => modell,
        };
    }

    /// <summary>The address lines of a letter on paper: the street, then postnummer and poststed; none when unknown.</summary>
    private static IReadOnlyList<string> Adresse(string adresse, string postnummer, string poststed) =>
        string.IsNullOrWhiteSpace(adresse) ? [] : [adresse, $"{postnummer} {poststed.ToUpperInvariant()}".Trim()];

    private async Task<string> ArbeidsgiverAsync(string orgnr, CancellationToken cancellationToken) =>
        await db.ArbeidsgiverNokler.AsNoTracking().Where(n => n.Orgnr == orgnr).OrderByDescending(n => n.Opprettet).Select(n => n.Navn).FirstOrDefaultAsync(cancellationToken)
            is { Length: > 0 } navn ? $"{navn} (org.nr. {orgnr})" : $"Arbeidsgiveren med org.nr. {orgnr}";

    private async Task<Brevtrekk> TrekkAsync(Sak sak, Brev brev, CancellationToken cancellationToken)
    {
        var vedtak = await db.Trekk.AsNoTracking().Where(t => t.SakId == sak.Id && (brev.Grunnlag.TrekkId == null || t.Id == brev.Grunnlag.TrekkId))
            .OrderByDescending(t => t.Vedtatt).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("Saken har ikke noe trekkvedtak å skrive om.");
        var versjonsnummer = brev.Grunnlag.Trekkversjon ?? 1;
        var versjon = await db.Trekkversjoner.AsNoTracking().Where(v => v.TrekkId == vedtak.Id && v.Versjon == versjonsnummer).FirstOrDefaultAsync(cancellationToken);
        var linjer = vedtak.Linjer().Select(l => new Belopslinje(l.Post, l.Belop)).ToList();
        var arbeidsgiver = await ArbeidsgiverAsync(vedtak.ArbeidsgiverOrgnr, cancellationToken);
        var inntekt = NettoInntekt(vedtak.Grunnlag);
        return versjon is null
            ? new Brevtrekk(vedtak.BelopPerManed, vedtak.Start, vedtak.SenesteSlutt, arbeidsgiver, 1, Domain.Trekkordning.Trekkstatus.Aktiv, string.Empty, null, null, linjer, inntekt)
            : new Brevtrekk(versjon.BelopPerManed.Kroner, versjon.FraDato, versjon.TilDato, arbeidsgiver, versjon.Versjon, versjon.Status, versjon.Grunn, versjon.Konto, versjon.Kid, linjer, inntekt);
    }

    /// <summary>The net income the decision was calculated from (its stored basis, <see cref="Trekkvedtak.Grunnlag"/>), when it says.</summary>
    private static decimal? NettoInntekt(string grunnlag)
    {
        using var json = System.Text.Json.JsonDocument.Parse(grunnlag);
        return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && json.RootElement.TryGetProperty(nameof(Beregninger.BeregnUtleggstrekk.Query.NettoInntektPerManed), out var netto)
            && netto.ValueKind == System.Text.Json.JsonValueKind.Number
                ? netto.GetDecimal()
                : null;
    }

    private async Task<Brevfordeling?> FordelingAsync(Sak sak, CancellationToken cancellationToken)
    {
        var fordeling = await db.Fordelinger.AsNoTracking().Include(f => f.Linjer).Where(f => f.SakId == sak.Id && f.Godkjent != null)
            .OrderByDescending(f => f.Godkjent).FirstOrDefaultAsync(cancellationToken);
        return fordeling is null
            ? null
            : new Brevfordeling(fordeling.Salgssum, fordeling.Rettsgebyr, fordeling.Salgsomkostninger,
                fordeling.Linjer.OrderBy(l => l.Rekkefolge).Select(l => new Belopslinje(l.Mottaker, l.Belop)).ToList());
    }
}
