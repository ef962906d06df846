using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Features.Utsendinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Brevsending;

/// <summary>
/// Issue 18, letters: each step orders its letters in its own transaction; the outbox composes each in its recipient's
/// målform, prints it, delivers it through the digital post's simulator (or on paper), and the delivered date starts the
/// deadlines that run from receipt.
/// </summary>
public sealed class BrevTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Kari = new() { Navn = "Kari Nordmann" };

    /// <summary>The digital post's simulator, steady, behind a hand that sets KRR's answer and can fail the first attempts.</summary>
    private sealed class Styrt(DigitalPostSimulator simulator) : IDigitalPost
    {
        public ConcurrentDictionary<Guid, int> Kall { get; } = new();

        public Kontaktinfo Krr { get; set; } = new(Reservert: false, HarDigitalPostkasse: true, Sprak: null);

        public int FeilForst { get; set; }

        public string Navn => simulator.Navn;

        public Task<Kontaktinfo> SlaOppAsync(string fodselsnummer, CancellationToken cancellationToken) => Task.FromResult(Krr);

        public Task<Leveringskvittering> SendAsync(Forsendelse forsendelse, CancellationToken cancellationToken) =>
            Kall.AddOrUpdate(forsendelse.Referanse, 1, (_, n) => n + 1) <= FeilForst
                ? throw new UtsendingUtilgjengelig("Den digitale postkassen (simulator) svarer ikke akkurat nå.")
                : simulator.SendAsync(forsendelse, cancellationToken);

        public Task<DateOnly?> ApnetAsync(Guid referanse, CancellationToken cancellationToken) => simulator.ApnetAsync(referanse, cancellationToken);
    }

    private async Task<(ServiceProvider Tjenester, Styrt Post, DigitalPostSimulator Simulator)> OppsettAsync()
    {
        var simulator = new DigitalPostSimulator(fixture.ConnectionString, fixture.Clock, TimeSpan.Zero, ustabil: false);
        var styrt = new Styrt(simulator);
        var tjenester = fixture.Tjenester(s => s.AddSingleton<IDigitalPost>(styrt));
        await KjorAsync(tjenester, maks: 10_000);
        styrt.Kall.Clear();
        return (tjenester, styrt, simulator);
    }

    private static async Task<Utsender.Resultat> KjorAsync(IServiceProvider tjenester, int maks = 100)
    {
        await using var scope = tjenester.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Utsender>().KjorAsync(maks, CancellationToken.None, Utsender.Brevene);
    }

    private async Task<(Guid Id, string Saksnummer)> GodtattAsync(Begjaringstype type = Begjaringstype.Utlegg)
    {
        var id = await TestData.SakAsync(fixture, type: type);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Kari);
        return (id, saksnummer);
    }

    /// <summary>The case's letters in the order the case page lists them: by step, then kind, then recipient (the debtor first).</summary>
    private async Task<List<Brev>> BrevAsync(Guid sakId) =>
        (await fixture.QueryAsync(db => db.Brev.AsNoTracking().Where(b => b.SakId == sakId).ToListAsync()))
            .OrderBy(b => b.Bestilt).ThenBy(b => b.Art).ThenBy(b => b.Mottaker).ToList();

    private Task<string> PdfAsync(Guid brevId) =>
        fixture.QueryAsync(async db => Pdftekst.Les(await db.Brevfiler.Where(f => f.BrevId == brevId).Select(f => f.Pdf).SingleAsync()));

    [Fact]
    public async Task Each_step_sends_each_party_its_letters_in_its_malform_once_and_the_pdf_says_what_happened()
    {
        var (tjenester, post, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        post.Krr = new Kontaktinfo(Reservert: false, HarDigitalPostkasse: true, Sprak: Malform.Nynorsk);
        Guid id;
        string saksnummer;
        using (fixture.StillKlokken(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero)))
        {
            (id, saksnummer) = await GodtattAsync();
            await fixture.SendAsync(new SendVarsel.Command { Saksnummer = saksnummer, Dato = new DateOnly(2026, 11, 19), Klokkeslett = "10:00", Sted = "Grønlandsleiret 44" }, Kari);
        }

        await fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("kjoretoy", "Volvo V70 2015", 85_000m, TaUtleggspant: true)],
        }, Kari);
        (await BrevAsync(id)).Select(b => (b.Art, b.Mottaker, b.Bestilt, b.Sendt)).ShouldBe(
        [
            (Brevart.Kvittering, Brevmottaker.Kreditor, new DateOnly(2026, 11, 5), (DateOnly?)null),
            (Brevart.VarselOmUtleggsforretning, Brevmottaker.Skyldner, new DateOnly(2026, 11, 5), null),
            (Brevart.UnderretningUtleggspant, Brevmottaker.Skyldner, new DateOnly(2026, 11, 21), null),
            (Brevart.UnderretningUtleggspant, Brevmottaker.Kreditor, new DateOnly(2026, 11, 21), null),
        ], "ordered with their steps, in the steps' transactions");
        (await fixture.QueryAsync(db => db.Utsendinger.CountAsync(u => u.SakId == id && u.Art == Namsmannen.Application.Data.Utboks.Utsendingsart.Brev))).ShouldBe(4);

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(4, 0, 0));
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 0), "nothing is sent twice");

        var brev = await BrevAsync(id);
        brev.Select(b => (b.Mottaker, b.Malform, b.Mal, b.Kanal, b.Sendt, b.Levert)).ShouldBe(
        [
            (Brevmottaker.Kreditor, (Malform?)Malform.Bokmal, "kvittering/nb/1", (Brevkanal?)Brevkanal.Digital, (DateOnly?)new DateOnly(2026, 11, 21), (DateOnly?)new DateOnly(2026, 11, 21)),
            (Brevmottaker.Skyldner, Malform.Nynorsk, "varsel-utleggsforretning/nn/1", Brevkanal.Digital, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21)),
            (Brevmottaker.Skyldner, Malform.Nynorsk, "underretning-utleggspant/nn/1", Brevkanal.Digital, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21)),
            (Brevmottaker.Kreditor, Malform.Bokmal, "underretning-utleggspant/nb/1", Brevkanal.Digital, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21)),
        ]);
        (await simulator.MottattAsync(CancellationToken.None)).Where(m => brev.Any(b => b.Id == m.Referanse)).Count().ShouldBe(4);

        var varsel = await PdfAsync(brev[1].Id);
        varsel.ShouldContain($"Saksnummer: {saksnummer}");
        varsel.ShouldContain("Namsmannen held utleggsforretninga 19.11.2026 kl. 10:00, Grønlandsleiret 44.");
        varsel.ShouldContain("Hovudstol 10 000,00 kr Renter 250,00 kr Omkostningar 700,00 kr");

        var tilSkyldner = await PdfAsync(brev[2].Id);
        tilSkyldner.ShouldContain("Underretning om utlegg: utleggspant");
        tilSkyldner.ShouldContain("Volvo V70 2015 85 000,00 kr");
        tilSkyldner.ShouldContain("Klagefrist: 21.12.2026. Fristen er éin månad frå du fekk dette brevet (21.11.2026).");
        tilSkyldner.ShouldContain("Storgata 1 0155 OSLO");
        Pdftekst.Fodselsnumre(tilSkyldner).ShouldBeEmpty();

        var tilKreditor = await PdfAsync(brev[3].Id);
        tilKreditor.ShouldContain("Klagefrist: 21.12.2026. Fristen er én måned fra dere fikk dette brevet (21.11.2026).");
        tilKreditor.ShouldContain("Ola Nordmann (");
        Pdftekst.Fodselsnumre(tilKreditor).ShouldBeEmpty();

        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "BREV_SENDT").OrderBy(h => h.Id).Select(h => h.Beskrivelse).ToListAsync()))
            .ShouldContain("Brevet «Underretning om utlegg (utleggspant)» til skyldner er sendt digitalt på nynorsk 21.11.2026 og mottatt 21.11.2026.");
    }

    [Fact]
    public async Task A_reserved_person_gets_the_letter_on_paper_and_the_klagefrist_counts_from_the_day_it_counts_as_received()
    {
        var (tjenester, post, _) = await OppsettAsync();
        await using var _ = tjenester;
        post.Krr = new Kontaktinfo(Reservert: true, HarDigitalPostkasse: true, Sprak: null);
        var (id, saksnummer) = await GodtattAsync();
        await fixture.SendAsync(new HoldUtleggsforretning.Command { Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Intet, UtenVarsel = TestData.UtenVarsel }, Kari);
        (await KjorAsync(tjenester)).Kvittert.ShouldBe(3);

        // Posted Saturday 21 November: received the third working day after, Wednesday 25 November (docs/domain.md).
        var brev = (await BrevAsync(id)).Single(b => b.Art == Brevart.UnderretningIntetTilUtlegg && b.Mottaker == Brevmottaker.Skyldner);
        (brev.Kanal, brev.Sendt, brev.Levert).ShouldBe((Brevkanal.Papir, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 25)));
        // One month from 25 November is Christmas Day; the deadline moves to the next working day.
        (await PdfAsync(brev.Id)).ShouldContain("Klagefrist: 28.12.2026. Fristen er én måned fra du fikk dette brevet (25.11.2026).");

        // A klage on 24 December is late by the decision (21 December) but in time by the letter's receipt.
        using var __ = fixture.StillKlokken(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero));
        var klage = await fixture.SendAsync(new RegistrerKlage.Command
        {
            Saksnummer = saksnummer,
            Gjelder = Klagegjelder.IntetTilUtlegg,
            Mottatt = new DateOnly(2026, 12, 24),
            Innhold = "Jeg eier ingenting av verdi, men bilen er ikke min.",
        }, Kari);
        (klage.IRettTid, klage.Frist).ShouldBe((true, (DateOnly?)new DateOnly(2026, 12, 28)));
    }

    [Fact]
    public async Task The_klagefrist_of_a_tilbakelevering_moves_to_a_month_from_the_day_its_letter_was_received()
    {
        var (tjenester, post, _) = await OppsettAsync();
        await using var _ = tjenester;
        post.Krr = new Kontaktinfo(Reservert: false, HarDigitalPostkasse: false, Sprak: null);
        var (id, saksnummer) = await GodtattAsync(Begjaringstype.Tilbakelevering);
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.StartTilbakelevering }, Kari);
        var result = await fixture.SendAsync(new GjennomforTilbakelevering.Command { Saksnummer = saksnummer, Verdi = 8_000m, Omkostninger = 500m }, Kari);
        result.Klagefrist.ShouldBe(new DateOnly(2026, 12, 21));

        (await KjorAsync(tjenester)).Kvittert.ShouldBe(3);
        var brev = (await BrevAsync(id)).Single(b => b.Art == Brevart.UnderretningTilbakelevering);
        (brev.Kanal, brev.Levert).ShouldBe((Brevkanal.Papir, new DateOnly(2026, 11, 25)));
        (await fixture.QueryAsync(db => db.Frister.Where(f => f.SakId == id && f.Type == Fristtype.Klagefrist).Select(f => new { f.Dato, f.Beskrivelse }).SingleAsync()))
            .ShouldBe(new { Dato = new DateOnly(2026, 12, 28), Beskrivelse = "Klagefrist for tilbakeleveringen (én måned fra brevet ble mottatt 25.11.2026)" });
        var tekst = await PdfAsync(brev.Id);
        tekst.ShouldContain("Den er verdsatt til 8 000,00 kr.");
        tekst.ShouldContain("Klagefrist: 28.12.2026.");
    }

    [Fact]
    public async Task A_letter_the_mailbox_cannot_take_now_is_tried_again_with_backoff_and_delivered_exactly_once()
    {
        var (tjenester, post, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        post.FeilForst = 2;
        var (id, _) = await GodtattAsync();
        var brevId = (await BrevAsync(id)).Single().Id;

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 1));
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 0), "not before its time");
        using (fixture.StillKlokken(DatabaseFixture.Start.AddMinutes(1)))
        {
            (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 1));
        }

        using (fixture.StillKlokken(DatabaseFixture.Start.AddMinutes(4)))
        {
            (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(1, 0, 0));
        }

        post.Kall[brevId].ShouldBe(3);
        (await simulator.MottattAsync(CancellationToken.None)).Count(m => m.Referanse == brevId).ShouldBe(1);
        (await fixture.QueryAsync(db => db.Utsendingsforsok.Where(f => db.Utsendinger.Any(u => u.Id == f.UtsendingId && u.Referanse == brevId)).OrderBy(f => f.Id).Select(f => f.Lyktes).ToListAsync()))
            .ShouldBe([false, false, true]);
        (await fixture.QueryAsync(db => db.Brevfiler.CountAsync(f => f.BrevId == brevId))).ShouldBe(1);
    }

    [Fact]
    public async Task The_mailbox_reports_a_digital_letter_opened_and_the_case_records_the_day()
    {
        var (tjenester, _, _) = await OppsettAsync();
        await using var _ = tjenester;
        var (id, saksnummer) = await GodtattAsync();
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(1, 0, 0));
        var brevId = (await BrevAsync(id)).Single().Id;

        async Task<int> ApneAsync()
        {
            await using var scope = tjenester.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Apningskvitteringer>().HentAsync(1_000, CancellationToken.None);
        }

        await ApneAsync();
        (await BrevAsync(id)).Single().Apnet.ShouldBeNull("the simulated reader opens it the day after");
        using (fixture.StillKlokken(DatabaseFixture.Start.AddDays(1)))
        {
            (await ApneAsync()).ShouldBeGreaterThanOrEqualTo(1);
            (await ApneAsync()).ShouldBe(0, "an opening is recorded once");
        }

        (await BrevAsync(id)).Single().Apnet.ShouldBe(new DateOnly(2026, 11, 22));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "BREV_APNET").Select(h => h.Beskrivelse).SingleAsync()))
            .ShouldBe("Brevet «Kvittering for begjæringen» til kreditor ble åpnet i den digitale postkassen 22.11.2026.");
        (await fixture.SendAsync(new Brevliste.Query(saksnummer), Kari)).Single(b => b.Id == brevId).Status
            .ShouldBe("Sendt digitalt 21.11.2026, mottatt 21.11.2026, åpnet 22.11.2026");
    }
}
