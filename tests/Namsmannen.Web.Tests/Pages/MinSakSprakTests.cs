using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Pages.MinSak;
using Namsmannen.Web.Ressurser;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 19: every text the debtor pages show in bokmål has its nynorsk, so no nynorsk page falls back to bokmål.</summary>
public sealed partial class MinSakSprakTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_text_of_the_debtor_pages_has_a_nynorsk_translation()
    {
        var tekster = app.Services.GetRequiredService<IStringLocalizer<MinSakTekster>>();
        var nokler = new List<string>();
        foreach (var fil in Directory.GetFiles(Path.Combine(Kilde(), "src", "Namsmannen.Web", "Pages", "MinSak"), "*.cshtml"))
        {
            var innhold = File.ReadAllText(fil);
            nokler.AddRange(Nokkel().Matches(innhold).Select(m => m.Groups[1].Value));
            nokler.AddRange(Valg().Matches(innhold).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }));
        }

        nokler.AddRange(Enum.GetValues<Saksstadium>().Select(Tekster.Stadium));
        nokler.AddRange(Enum.GetValues<Fristtype>().Select(Tekster.Frist));
        nokler.AddRange(Enum.GetValues<Klagegjelder>().Select(Tekster.Klage));
        nokler.AddRange(Enum.GetValues<Register>().Select(Tekster.Register));
        nokler.AddRange(Enum.GetValues<Brevart>().Select(Tekster.Brev));
        // The messages the debtor's own forms can show: the klage's and the utsettelse's rules.
        nokler.AddRange(["Velg hva klagen gjelder.", "Skriv kort hva klagen går ut på.", "Høyst 800 tegn.", "Skriv kort hvorfor du ber om utsettelse.", "Høyst 1000 tegn.", "Datoen du ønsker utsettelse til, må være etter i dag.",
            Namsmannen.Domain.Parter.Barnealdre.Melding, "Dokumentasjonen er sendt. Namsmannen vurderer trekket innen {0}, og du får svar i et brev.", "Skriv kort hva som er endret.", "Last opp minst ett dokument, for eksempel en husleiekontrakt eller en lønnsslipp.",
            "Oppgi nettoinntekt per måned.", "Nettoinntekten kan ikke være negativ.", "Boutgiftene kan ikke være negative.", "Særlige utgifter kan ikke være negative.", "Barnets alder må være mellom 0 og 25 år.", "Avkrysningen har en ugyldig verdi. Kryss av på nytt."]);
        nokler.Count.ShouldBeGreaterThan(150);

        var tidligere = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nn-NO");
        try
        {
            nokler.Distinct().Where(n => tekster[n].ResourceNotFound).ShouldBeEmpty("these texts have no nynorsk in MinSakTekster.nn.resx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = tidligere;
        }
    }

    private static string Kilde() => Namsmannen.Application.Tests.Infrastructure.Sjekkut.Rot()!.FullName;

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex Nokkel();

    [GeneratedRegex(""""T\[[^\]]*\?\s*"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"""")]
    private static partial Regex Valg();
}
