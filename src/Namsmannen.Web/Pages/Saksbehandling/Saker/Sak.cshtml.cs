using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The case page: parties, claim, stage, the actions the law allows now, and the timeline.</summary>
public sealed class Sak(IMediator mediator, TimeProvider clock) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public Skjema Data { get; set; } = new();

    public SakDetaljer.Result Detaljer { get; private set; } = null!;

    /// <summary>The whole fødselsnummer, only right after the user asked to see it (and the view was logged).</summary>
    public string? FulltFodselsnummer { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnGetVedleggAsync(Guid id, CancellationToken cancellationToken)
    {
        var fil = await mediator.Send(new Application.Features.Portal.HentVedlegg.Query(Saksnummer, id), cancellationToken);
        return File(fil.Innhold, "application/pdf", fil.Filnavn);
    }

    public async Task<IActionResult> OnPostHandlingAsync(CancellationToken cancellationToken)
    {
        if (Data.Handling.Om().KreverBekreftelse && !Data.Bekreftet)
        {
            ModelState.AddModelError(string.Empty, $"Kryss av for å bekrefte «{Data.Handling.Navn().ToLowerInvariant()}». Det kan ikke angres her.");
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new GjorHandling.Command { Saksnummer = Saksnummer, Handling = Data.Handling, Begrunnelse = Data.Begrunnelse, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = Data.Handling == Handling.GodtaBegjaring && result.Stadium == Saksstadium.Avvist
            ? "Begjæringen ble avvist automatisk fordi den ikke er tvangskraftig. Grunnene står i tidslinjen."
            : $"{Data.Handling.Navn()}: saken har nå stadium «{result.Stadium.Navn()}».";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    [Skjemafelt("Dato", "Data.BetalingDato")]
    public async Task<IActionResult> OnPostBetalingAsync(CancellationToken cancellationToken)
    {
        var belop = Beregning.Skjema.Belop(ModelState, "Data.Belop", Data.Belop, "beløpet", pakrevd: true);
        var betalt = Beregning.Skjema.Dato(ModelState, "Data.BetalingDato", Data.BetalingDato, "datoen det ble betalt", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new RegistrerBetaling.Command { Saksnummer = Saksnummer, Belop = belop, Dato = betalt, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = result.Stadium == Saksstadium.Avsluttet
            ? $"Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet."
            : $"Betalingen er registrert. Utestående: {Format.Kroner(result.Utestaende)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostTildelAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new TildelSak.Command { Saksnummer = Saksnummer, SaksbehandlerId = Data.SaksbehandlerId, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Saken er tildelt {result.SaksbehandlerNavn}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    /// <summary>The heading of the form that carries out <paramref name="handling"/> on this page, for the links at the top.</summary>
    public static string Anker(Handling handling) => handling switch
    {
        Handling.SendVarsel => "h-varsel",
        Handling.TaUtleggspant or Handling.KonkluderIntetTilUtlegg => "h-forretning",
        Handling.TaUtleggstrekk => "h-trekk",
        Handling.RegistrerSalg => "h-salg",
        Handling.GodkjennFordeling => "h-godkjenn",
        Handling.SendFordelingTilbake => "h-sendtilbake",
        Handling.GjennomforTilbakelevering => "h-tilbakelevering",
        Handling.Utsett => "h-utsett",
        Handling.RegistrerKlage => "h-klage",
        Handling.OversendKlage => "h-oversend",
        Handling.RegistrerFullBetaling => "h-betaling",
        _ => "h-" + handling,
    };

    public const int GodeRader = 4;
    public const int HeftelseRader = 3;

    public async Task<IActionResult> OnPostVarselAsync(CancellationToken cancellationToken)
    {
        var dato = Beregning.Skjema.Dato(ModelState, "Data.VarselDato", Data.VarselDato, "datoen", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        try
        {
            var result = await mediator.Send(new SendVarsel.Command { Saksnummer = Saksnummer, Dato = dato, Klokkeslett = Data.VarselKlokkeslett ?? string.Empty, Sted = Data.VarselSted ?? string.Empty, Versjon = Data.Versjon }, cancellationToken);
            TempData["Melding"] = $"Varsel sendt. Utleggsforretningen holdes {Format.Dato(result.Dato)}.";
            return RedirectToPage(new { saksnummer = Saksnummer });
        }
        catch (FluentValidation.ValidationException feil)
        {
            // The varsel form's fields are named Data.VarselDato, Data.VarselKlokkeslett, Data.VarselSted.
            foreach (var f in feil.Errors)
            {
                ModelState.AddModelError("Data.Varsel" + f.PropertyName, f.ErrorMessage);
            }

            return await VisIgjenAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostUtleggsforretningAsync(CancellationToken cancellationToken)
    {
        var goder = new List<HoldUtleggsforretning.Gode>();
        var rader = new List<int>();
        for (var i = 0; i < GodeRader; i++)
        {
            var beskrivelse = Data.GodeBeskrivelse.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(beskrivelse))
            {
                continue;
            }

            var verdi = Beregning.Skjema.Belop(ModelState, $"Data.GodeVerdi[{i}]", Data.GodeVerdi.ElementAtOrDefault(i), $"verdien av «{beskrivelse}»", pakrevd: true) ?? 0m;
            goder.Add(new HoldUtleggsforretning.Gode(
                Data.GodeType.ElementAtOrDefault(i) ?? string.Empty, beskrivelse, verdi,
                Data.GodeNodvendig.Contains(i), Data.GodeSykdom.Contains(i), Data.GodeHoyVerdi.Contains(i), Data.GodePant.Contains(i),
                Data.GodeOverstyr.ElementAtOrDefault(i)));
            rader.Add(i);
        }

        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        try
        {
            var result = await mediator.Send(new HoldUtleggsforretning.Command { Saksnummer = Saksnummer, Utfall = Data.Utfall ?? string.Empty, Formuesgoder = goder, Samordnes = Data.Samordnes, UtenVarsel = Data.UtenVarsel, Versjon = Data.Versjon }, cancellationToken);
            TempData["Melding"] = $"Utleggsforretningen er registrert: «{result.Stadium.Navn()}». {result.Registreringer.Count(r => r.Register != Namsmannen.Domain.Regler.Register.Betalingsanmerkning)} registrering(er) er sendt."
                + (result.Samordnet.Count > 0 ? $" Samordnet med {string.Join(", ", result.Samordnet)}." : string.Empty);
            return RedirectToPage(new { saksnummer = Saksnummer });
        }
        catch (FluentValidation.ValidationException feil)
        {
            Beregning.Skjema.LeggTilFeil(ModelState, feil, "Formuesgoder", rader, (felt, rad) => felt switch
            {
                "OverstyrBegrunnelse" => $"Data.GodeOverstyr[{rad}]",
                "Verdi" => $"Data.GodeVerdi[{rad}]",
                "Type" => $"Data.GodeType[{rad}]",
                _ => $"Data.GodeBeskrivelse[{rad}]",
            });
            return await VisIgjenAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostSalgAsync(CancellationToken cancellationToken)
    {
        var salgssum = Beregning.Skjema.Belop(ModelState, "Data.Salgssum", Data.Salgssum, "salgssummen", pakrevd: true);
        var kostnader = Beregning.Skjema.Belop(ModelState, "Data.Salgsomkostninger", Data.Salgsomkostninger, "salgsomkostningene", pakrevd: false) ?? 0m;
        var prioritet = Beregning.Skjema.Heltall(ModelState, "Data.SaksokerPrioritet", Data.SaksokerPrioritet, "saksøkerens prioritet") ?? 1;
        var andre = new List<RegistrerSalg.AnnenHeftelse>();
        for (var i = 0; i < HeftelseRader; i++)
        {
            var navn = Data.HeftelseNavn.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(navn))
            {
                continue;
            }

            var krav = Beregning.Skjema.Belop(ModelState, $"Data.HeftelseKrav[{i}]", Data.HeftelseKrav.ElementAtOrDefault(i), $"kravet til {navn}", pakrevd: true) ?? 0m;
            var pri = Beregning.Skjema.Heltall(ModelState, $"Data.HeftelsePrioritet[{i}]", Data.HeftelsePrioritet.ElementAtOrDefault(i), "prioriteten") ?? 1;
            andre.Add(new(navn.Trim(), Data.HeftelseType.ElementAtOrDefault(i) ?? "pant", pri, krav));
        }

        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        await mediator.Send(new RegistrerSalg.Command { Saksnummer = Saksnummer, Salgssum = salgssum, Salgsomkostninger = kostnader, SaksokerPrioritet = prioritet, AndreHeftelser = andre, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = "Salget er registrert. Fordelingen venter på godkjenning av en leder.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostGodkjennAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GodkjennFordeling.Command { Saksnummer = Saksnummer, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Fordelingen er godkjent. Saksøkeren får {Format.Kroner(result.TilSaksoker)}, og saken er avsluttet.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    [Skjemafelt("Begrunnelse", "Data.ReturBegrunnelse")]
    public async Task<IActionResult> OnPostSendFordelingTilbakeAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SendFordelingTilbake.Command { Saksnummer = Saksnummer, Begrunnelse = Data.ReturBegrunnelse ?? string.Empty, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = "Fordelingen er sendt tilbake. Saken er tilbake i tvangssalg, og salget registreres på nytt.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    [Skjemafelt("Til", "Data.UtsattTil")]
    [Skjemafelt("Bekreftet", "Data.UtsettBekreftet")]
    public async Task<IActionResult> OnPostUtsettAsync(CancellationToken cancellationToken)
    {
        var til = Beregning.Skjema.Dato(ModelState, "Data.UtsattTil", Data.UtsattTil, "datoen", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new UtsettSak.Command { Saksnummer = Saksnummer, Til = til, Begrunnelse = Data.Begrunnelse, Bekreftet = Data.UtsettBekreftet, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Saken er utsatt til {Format.Dato(result.Til)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostKlageAsync(CancellationToken cancellationToken)
    {
        var mottatt = Beregning.Skjema.Dato(ModelState, "Data.KlageMottatt", Data.KlageMottatt, "datoen klagen kom inn", pakrevd: true);
        var brev = Beregning.Skjema.Dato(ModelState, "Data.KlageBrevMottatt", Data.KlageBrevMottatt, "datoen brevet kom frem", pakrevd: false);
        var pastatt = Beregning.Skjema.Belop(ModelState, "Data.KlagePastattVerdi", Data.KlagePastattVerdi, "verdien", pakrevd: false);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new RegistrerKlage.Command { Saksnummer = Saksnummer, Gjelder = Data.KlageGjelder, Mottatt = mottatt, BrevMottatt = brev, PastattVerdi = pastatt, Innhold = Data.KlageInnhold ?? string.Empty, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = result.IRettTid
            ? $"Klagen er registrert og kom i rett tid ({(result.Frist is { } f ? "frist " + Format.Dato(f) : result.Regel.ToLowerInvariant().TrimEnd('.'))})."
            : $"Klagen er registrert, men kom for sent: fristen gikk ut {Format.Dato(result.Frist!.Value)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostOversendAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new OversendKlage.Command(Saksnummer), cancellationToken);
        TempData["Melding"] = "Klagen er sendt til tingretten.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    [Skjemafelt("Utfall", "Data.KlageUtfall")]
    public async Task<IActionResult> OnPostAvgjorKlageAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new AvgjorKlage.Command { Saksnummer = Saksnummer, Utfall = Data.KlageUtfall, Avgjorelse = Data.Avgjorelse ?? string.Empty, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = "Klagen er avgjort, og saken er tilbake der den stod.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostReduserAsync(CancellationToken cancellationToken)
    {
        var hovedstol = Beregning.Skjema.Belop(ModelState, "Data.NyHovedstol", Data.NyHovedstol, "hovedstolen", pakrevd: true);
        var renter = Beregning.Skjema.Belop(ModelState, "Data.NyeRenter", Data.NyeRenter, "rentene", pakrevd: true);
        var omkostninger = Beregning.Skjema.Belop(ModelState, "Data.NyeOmkostninger", Data.NyeOmkostninger, "omkostningene", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new ReduserKrav.Command { Saksnummer = Saksnummer, Hovedstol = hovedstol, Renter = renter, Omkostninger = omkostninger, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = result.Stadium == Saksstadium.Avsluttet
            ? "Kravet er redusert til det som er betalt, og saken er avsluttet."
            : $"Kravet er redusert til {Format.Kroner(result.Krav)}. Utestående: {Format.Kroner(result.Utestaende)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostTilbakeleveringAsync(CancellationToken cancellationToken)
    {
        var verdi = Beregning.Skjema.Belop(ModelState, "Data.TilbakeleveringVerdi", Data.TilbakeleveringVerdi, "verdien", pakrevd: true);
        var omkostninger = Beregning.Skjema.Belop(ModelState, "Data.TilbakeleveringOmkostninger", Data.TilbakeleveringOmkostninger, "omkostningene", pakrevd: false) ?? 0m;
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var r = await mediator.Send(new GjennomforTilbakelevering.Command { Saksnummer = Saksnummer, Verdi = verdi, Omkostninger = omkostninger, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Tilbakeleveringen er registrert. Gjelden er nedskrevet med {Format.Kroner(r.Nedskrivning)}; skyldneren skylder fortsatt {Format.Kroner(r.GjenstaendeKrav)}. Klagefrist {Format.Dato(r.Klagefrist)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostTrekkAsync(CancellationToken cancellationToken)
    {
        var start = Beregning.Skjema.Dato(ModelState, "Data.TrekkStart", Data.TrekkStart, "datoen for første trekk", pakrevd: true);
        var netto = Beregning.Skjema.Belop(ModelState, "Data.TrekkNetto", Data.TrekkNetto, "nettoinntekten", pakrevd: true);
        var bolig = Beregning.Skjema.Belop(ModelState, "Data.TrekkBoutgifter", Data.TrekkBoutgifter, "boutgiftene", pakrevd: false);
        var sarlige = Beregning.Skjema.Belop(ModelState, "Data.TrekkSarlige", Data.TrekkSarlige, "de særlige utgiftene", pakrevd: false);
        var barn = Beregning.Skjema.Aldre(ModelState, "Data.TrekkBarn", Data.TrekkBarn);
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var beregning = new Application.Features.Beregninger.BeregnUtleggstrekk.Query
        {
            Dato = Application.Common.Oslotid.IDag(clock),
            NettoInntektPerManed = netto,
            Sivilstand = Data.TrekkSivilstand,
            PartnerHarEgenInntekt = Data.TrekkSivilstand == Application.Features.Beregninger.BeregnUtleggstrekk.GiftEllerSamboer && Data.TrekkPartnerInntekt,
            BarnAlder = barn,
            Boutgifter = bolig,
            SarligeUtgifter = sarlige ?? 0m,
        };
        try
        {
            var r = await mediator.Send(new TaUtleggstrekk.Command { Saksnummer = Saksnummer, ArbeidsgiverOrgnr = (Data.TrekkArbeidsgiver ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal), Kravklasse = Data.TrekkKravklasse ?? string.Empty, Start = start, Beregning = beregning, UtenVarsel = Data.TrekkUtenVarsel, Versjon = Data.Versjon }, cancellationToken);
            TempData["Melding"] = $"Utleggstrekk på {Format.Kroner(r.TrekkPerManed)} per måned fra {Format.Dato(r.Start)} er registrert.";
            return RedirectToPage(new { saksnummer = Saksnummer });
        }
        catch (FluentValidation.ValidationException feil)
        {
            foreach (var f in feil.Errors)
            {
                var key = f.PropertyName switch
                {
                    "ArbeidsgiverOrgnr" => "Data.TrekkArbeidsgiver",
                    "Start" => "Data.TrekkStart",
                    "Kravklasse" => "Data.TrekkKravklasse",
                    "UtenVarsel" => "Data.TrekkUtenVarsel",
                    "Beregning.NettoInntektPerManed" => "Data.TrekkNetto",
                    "Beregning.Boutgifter" => "Data.TrekkBoutgifter",
                    "Beregning.SarligeUtgifter" => "Data.TrekkSarlige",
                    _ => f.PropertyName.StartsWith("Beregning.BarnAlder", StringComparison.Ordinal) ? "Data.TrekkBarn" : string.Empty,
                };
                ModelState.AddModelError(key, f.ErrorMessage);
            }

            return await VisIgjenAsync(cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostVisFodselsnummerAsync(CancellationToken cancellationToken)
    {
        FulltFodselsnummer = await mediator.Send(new VisFodselsnummer.Command(Saksnummer), cancellationToken);
        await ReloadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Shows the case page again with the form's errors and what the user typed.</summary>
    private async Task<IActionResult> VisIgjenAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Detaljer = await mediator.Send(new SakDetaljer.Query(Saksnummer), cancellationToken);

    public sealed class Skjema
    {
        public Handling Handling { get; set; }

        public string? Begrunnelse { get; set; }

        public string? Belop { get; set; }

        public string? SaksbehandlerId { get; set; }

        public uint? Versjon { get; set; }

        public bool Bekreftet { get; set; }

        public string? TrekkNetto { get; set; }

        public string TrekkSivilstand { get; set; } = Application.Features.Beregninger.BeregnUtleggstrekk.Enslig;

        public bool TrekkPartnerInntekt { get; set; }

        public string? TrekkBarn { get; set; }

        public string? TrekkBoutgifter { get; set; }

        public string? TrekkSarlige { get; set; }

        public string? TrekkArbeidsgiver { get; set; }

        public string? TrekkKravklasse { get; set; } = "andre_krav";

        public string? TrekkStart { get; set; }

        public string? TilbakeleveringVerdi { get; set; }

        public string? TilbakeleveringOmkostninger { get; set; }

        public string? Avgjorelse { get; set; }

        public string? UtsattTil { get; set; }

        public Namsmannen.Domain.Regler.Klagegjelder KlageGjelder { get; set; }

        public string? KlageMottatt { get; set; }

        public string? KlageInnhold { get; set; }

        public string? KlageBrevMottatt { get; set; }

        public string? KlagePastattVerdi { get; set; }

        public string? NyHovedstol { get; set; }

        public string? NyeRenter { get; set; }

        public string? NyeOmkostninger { get; set; }

        public string? VarselDato { get; set; }

        public string? VarselKlokkeslett { get; set; } = "10:00";

        public string? VarselSted { get; set; }

        public string? Utfall { get; set; } = HoldUtleggsforretning.Pant;

        public string?[] GodeType { get; set; } = new string?[GodeRader];

        public string?[] GodeBeskrivelse { get; set; } = new string?[GodeRader];

        public string?[] GodeVerdi { get; set; } = new string?[GodeRader];

        public int[] GodeNodvendig { get; set; } = [];

        public int[] GodeSykdom { get; set; } = [];

        public int[] GodeHoyVerdi { get; set; } = [];

        public int[] GodePant { get; set; } = [];

        public string?[] GodeOverstyr { get; set; } = new string?[GodeRader];

        public string[] Samordnes { get; set; } = [];

        public string? UtenVarsel { get; set; }

        public string? TrekkUtenVarsel { get; set; }

        public bool UtsettBekreftet { get; set; }

        public Klageutfall? KlageUtfall { get; set; }

        public string? BetalingDato { get; set; }

        public string? ReturBegrunnelse { get; set; }

        public string? Salgssum { get; set; }

        public string? Salgsomkostninger { get; set; }

        public string? SaksokerPrioritet { get; set; } = "1";

        public string?[] HeftelseNavn { get; set; } = new string?[HeftelseRader];

        public string?[] HeftelseType { get; set; } = new string?[HeftelseRader];

        public string?[] HeftelsePrioritet { get; set; } = new string?[HeftelseRader];

        public string?[] HeftelseKrav { get; set; } = new string?[HeftelseRader];
    }
}
