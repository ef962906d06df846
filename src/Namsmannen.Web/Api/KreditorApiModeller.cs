using System.Text.Json;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Api;

/// <summary>One begjæring in a batch. Every field is read leniently, so one bad item is refused on its own with the field named.</summary>
/// <param name="Referanse">The creditor's own reference; unique per creditor. Sending it again creates nothing new.</param>
/// <param name="Type">utlegg, tvangssalg or tilbakelevering.</param>
/// <param name="VarselSendt">The date the § 4-18 varsel was sent (ÅÅÅÅ-MM-DD).</param>
public sealed record BegjaringJson(string Referanse, string Type, SkyldnerJson Skyldner, GrunnlagJson Grunnlag, KravJson Krav, DateOnly? VarselSendt);

/// <param name="Identifikator">Fødselsnummer or D-nummer (11 digits) or organisasjonsnummer (9 digits).</param>
public sealed record SkyldnerJson(string Identifikator, string Navn, string Adresse, string Postnummer, string Poststed);

/// <param name="Type">dom, kjennelse, rettsforlik, forlik_i_forliksradet, voldgiftsdom, vedtatt_forelegg, eksigibelt_gjeldsbrev, krav_tvangskraftig_etter_annen_lov, skriftstykke, utleggspant, legalpant, avtalepant or salgspant.</param>
public sealed record GrunnlagJson(string Type, DateOnly? Forkynt, DateOnly? Oppfyllelsesfrist, DateOnly? Forfall);

/// <summary>The claim in NOK, at most two decimals.</summary>
public sealed record KravJson(decimal Hovedstol, decimal Renter, decimal Omkostninger);

public sealed record BatchForesporsel(IReadOnlyList<BegjaringJson> Begjaringer);

public sealed record BatchSvar(Guid InnsendingId, int Antall, int Mottatt, int Avvist, int Duplikat, IReadOnlyList<Kvittering> Kvitteringer);

public sealed record SakStatus(
    string Saksnummer,
    string Referanse,
    string Type,
    string Stadium,
    string StadiumNavn,
    DateOnly Mottatt,
    KravJson Krav,
    decimal KravSum,
    decimal Innbetalt,
    decimal Utestaende,
    IReadOnlyList<SakStatus.Endring> Historikk)
{
    public sealed record Endring(string Type, string Stadium, decimal Krav, decimal Innbetalt, DateOnly Dato, DateTimeOffset Tidspunkt);

    public static SakStatus Fra(KreditorSak.Result s) => new(
        s.Saksnummer,
        s.Referanse,
        BegjaringLeser.Kode(s.Type),
        KreditorApiModeller.StadiumKode(s.Stadium),
        s.Stadium.Navn(),
        s.Mottatt,
        new KravJson(s.Hovedstol, s.Renter, s.Omkostninger),
        s.Krav,
        s.Innbetalt,
        s.Utestaende,
        s.Hendelser.Select(h => new Endring(h.Type, KreditorApiModeller.StadiumKode(h.Stadium), h.Krav, h.Innbetalt, h.Dato, h.Tidspunkt)).ToList());
}

public sealed record HendelseJson(long Sekvens, string Saksnummer, string Referanse, string Type, string Stadium, string StadiumNavn, decimal Krav, decimal Innbetalt, decimal Utestaende, DateOnly Dato, DateTimeOffset Tidspunkt);

public sealed record HendelserSvar(IReadOnlyList<HendelseJson> Hendelser, long Neste);

public sealed record TilbaketrekkingJson(string? Begrunnelse);

public sealed record KravreduksjonJson(decimal? Hovedstol, decimal? Renter, decimal? Omkostninger);

public sealed record UtsettelseJson(DateOnly? Til, string? Begrunnelse, bool Bekreftet = false);

/// <param name="Trekkperiode">For an employer's remittance on an old-regime trekk: the month it is for, <c>2026-12</c>.</param>
public sealed record BetalingJson(decimal? Belop, DateOnly? Dato, string? Trekkperiode = null);

public sealed record AvregningsrekkefolgeJson(IReadOnlyList<string>? Rekkefolge);

/// <summary>The order payments on the case cover its parts in, first first, and whether it is the standard order.</summary>
public sealed record AvregningsrekkefolgeSvar(string Saksnummer, IReadOnlyList<string> Rekkefolge, bool Standard)
{
    public static AvregningsrekkefolgeSvar Fra(Application.Features.Portal.SettAvregningsrekkefolge.Result r) =>
        new(r.Saksnummer, r.Rekkefolge.Select(k => k.ToString().ToUpperInvariant()).ToList(), r.Standard);
}

public static class KreditorApiModeller
{
    /// <summary>"BegjaringMottatt" → "BEGJARING_MOTTATT".</summary>
    public static string StadiumKode(Saksstadium stadium) => BegjaringLeser.Kode(stadium).ToUpperInvariant();

    /// <summary>
    /// One item of the batch as text fields. A value of the wrong JSON type is kept as its raw text, so the reader
    /// refuses that item with the field named, and the rest of the batch is unaffected. One pass over each object,
    /// names matched without regard to case.
    /// </summary>
    public static Begjaringsrad LesRad(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new Begjaringsrad();
        }

        var verdier = new Dictionary<string, string?>(16, StringComparer.OrdinalIgnoreCase);
        var tekst = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Samle(item, null, verdier, tekst);
        return Felt.Rad(felt => verdier.GetValueOrDefault(felt)) with
        {
            Json = true,
            BelopSomTekst = Belopsfelt.Where(tekst.Contains).ToHashSet(),
        };
    }

    /// <summary>
    /// The string. System.Text.Json will not read an escaped lone surrogate ("x\\udfff"), so that one is unescaped by
    /// hand with the surrogate kept: the reader then refuses the item as UGYLDIGE_TEGN, its receipt still shows the
    /// rest of the referanse, and the rest of the batch goes on (issue 12, H5).
    /// </summary>
    private static string? Tekst(JsonElement verdi)
    {
        try
        {
            return verdi.GetString();
        }
        catch (InvalidOperationException)
        {
            try
            {
                var raw = verdi.GetRawText();
                return System.Text.RegularExpressions.Regex.Unescape(raw[1..^1]);
            }
            catch (ArgumentException)
            {
                return "\0";
            }
        }
    }

    private static readonly string[] Belopsfelt = [Felt.Hovedstol, Felt.Renter, Felt.Omkostninger];

    private static void Samle(JsonElement objekt, string? forelder, Dictionary<string, string?> verdier, HashSet<string> tekst)
    {
        foreach (var property in objekt.EnumerateObject())
        {
            var navn = forelder is null ? property.Name : forelder + "." + property.Name;
            var verdi = property.Value;
            switch (verdi.ValueKind)
            {
                case JsonValueKind.Object when forelder is null:
                    Samle(verdi, property.Name, verdier, tekst);
                    break;
                case JsonValueKind.String:
                    if (verdier.TryAdd(navn, Tekst(verdi)))
                    {
                        tekst.Add(navn);
                    }

                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                default:
                    verdier.TryAdd(navn, verdi.GetRawText());
                    break;
            }
        }
    }
}

/// <summary>
/// A case's ledger for its creditor (issue 16). <c>saldo</c> is owed today by component, forsinkelsesrente to today
/// (or to <c>renterTil</c>, with <c>advarsel</c>, when a rate is not yet known); each of <c>poster</c> is an entry
/// (debit positive, credit negative) with the booked balance after it.
/// </summary>
public sealed record KontoutskriftSvar(string Saksnummer, DateOnly Dato, KontoutskriftSvar.SaldoJson Saldo, DateOnly RenterTil, string? Advarsel, decimal Overbetalt, IReadOnlyList<string> Rekkefolge, IReadOnlyList<KontoutskriftSvar.PostJson> Poster)
{
    public sealed record SaldoJson(decimal Hovedstol, decimal Renter, decimal Omkostninger, decimal Rettsgebyr, decimal Sum);

    public sealed record PostJson(DateOnly Valuteringsdato, DateOnly Bokforingsdato, string Type, string Komponent, decimal Belop, decimal Saldo);

    public static KontoutskriftSvar Fra(Application.Features.Portal.KreditorKontoutskrift.Result r) => new(
        r.Saksnummer,
        r.Dato,
        new SaldoJson(r.Saldo.Hovedstol.Kroner, r.Saldo.Renter.Kroner, r.Saldo.Omkostninger.Kroner, r.Saldo.Rettsgebyr.Kroner, r.Saldo.Sum.Kroner),
        r.RenterTil,
        r.Advarsel,
        r.Overbetalt,
        r.Rekkefolge.Select(k => k.ToString().ToUpperInvariant()).ToList(),
        r.Poster.Select(p => new PostJson(p.Valuteringsdato, p.Bokforingsdato, Kode(p.Type.ToString()), Kode(p.Komponent.ToString()), p.Belop, p.Saldo)).ToList());

    /// <summary>The API's codes are upper snake case, as elsewhere in it: FORSINKELSESRENTE, HOVEDSTOL.</summary>
    private static string Kode(string navn) => string.Concat(navn.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

/// <summary>
/// A letter namsmannen sent the creditor: its id, its kind as the template's code (<c>kvittering</c>,
/// <c>underretning-utleggspant</c>, …), its målform (<c>nb</c> or <c>nn</c>), the day it was sent, and to whom.
/// </summary>
public sealed record BrevJson(Guid Id, string Type, string Malform, DateOnly Dato, string Mottaker)
{
    public static BrevJson Fra(Namsmannen.Application.Features.Brevsending.Brevliste.Rad rad) => new(
        rad.Id,
        Namsmannen.Application.Features.Brevsending.Brevmaler.Versjoner[rad.Art].Kode,
        Namsmannen.Domain.Parter.MalformTekst.Sprakkode(rad.Malform!.Value),
        rad.Sendt!.Value,
        rad.Mottaker.ToString().ToUpperInvariant());
}
