using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Application.Tests.Data;

public sealed class JournalTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Dato = new(2026, 11, 23);

    /// <summary>One of every fact, with the audit code the journal must give it.</summary>
    private static readonly (Sakshendelse Hendelse, string Kode)[] Alle =
    [
        (new Mottatt(Dato, Mottakskanal.Api, null), "BEGJARING_MOTTATT"),
        (new OverfortFraHistorikk(Dato, Saksstadium.Godtatt), "OVERFORT_FRA_HISTORIKK"),
        (new Stadiumendring(Guid.Empty, "26-000001", Handling.GodtaBegjaring, Saksstadium.BegjaringMottatt, Saksstadium.Godtatt, Dato, null), "GODTA_BEGJARING"),
        (new BetalingRegistrert(new Belop(100m), Dato, Belop.Null, new Belop(100m), new Belop(900m)), "BETALING_REGISTRERT"),
        (new KravRedusert(Dato, new Kravdeler(new Belop(1_000m), Belop.Null, Belop.Null), new Kravdeler(new Belop(900m), Belop.Null, Belop.Null)), "KRAV_REDUSERT"),
        (new AvregningsrekkefolgeSatt([Komponent.Hovedstol, Komponent.Renter, Komponent.Omkostninger, Komponent.Rettsgebyr], false), "AVREGNINGSREKKEFOLGE_SATT"),
        (new Tildelt(null, "id", "Kari Nordmann"), "TILDELT"),
        (new Omfordelt("a", "Ola", "b", "Kari"), "TILDELT"),
        (new KlageOversendt(), "KLAGE_OVERSENDT"),
        (new TilbakeleveringVerdsatt(new TilbakeleveringResultat(new Belop(60_000m), new Belop(1_681m), Belop.Null, new Belop(58_319m), Belop.Null, Belop.Null, Dato)), "TILBAKELEVERING_VERDSATT"),
        (new Registrert(new Registeroppforing(Register.Losoreregisteret, Dato, Dato.AddYears(10), "ti år")), "REGISTRERT"),
        (new SlettemeldingBestilt(Register.Losoreregisteret, Registerutfall.UtleggspantAnnet, Dato, true), "SLETTEMELDING"),
        (new UtsendingSendtPaNytt(Register.Losoreregisteret, true, "utilgjengelig"), "UTSENDING_PA_NYTT"),
        (new RegisterKvittert(Register.Losoreregisteret, Registerutfall.UtleggspantAnnet, false, Dato, "LR-2026-000001"), "REGISTER_KVITTERT"),
        (new VedleggLastetOpp("dom.pdf", 2048), "VEDLEGG_LASTET_OPP"),
        (new FodselsnummerVist(), "FODSELSNUMMER_VIST"),
        (new AdresseRettet("Storgata 1, 9999 Oslo", "Storgata 1, 0155 Oslo"), "ADRESSE_RETTET"),
        (new HusstandRegistrert(new Husstandsopplysninger(30_000m, false, false, string.Empty, null, 0m, Dato)), "HUSSTAND_REGISTRERT"),
        (new TrekkpaleggVersjon(Guid.Empty, 1, Domain.Trekkordning.Trekkstatus.Aktiv, new Belop(4_000m), Dato, null, "Besluttet.", Dato), "TREKKPALEGG_AKTIV"),
        (new TrekkpaleggVersjon(Guid.Empty, 2, Domain.Trekkordning.Trekkstatus.Stoppet, new Belop(4_000m), Dato, Dato, "Kravet er dekket.", Dato), "TREKKPALEGG_STOPPET"),
        (new TrekkavvikMeldt(Guid.Empty, "974760673", Domain.Trekkordning.Trekkavvik.ForLavInntekt, "2026-12", "Sykemeldt.", Dato), "TREKKAVVIK_MELDT"),
        (new TrekkinnbetalingMangler(Guid.Empty, "2026-11", new Belop(4_000m), Belop.Null, Dato, Dato), "TREKK_MANGLER"),
        (new TrekkoppgaveLukket(1, Fristtype.Trekkinnbetaling, "Ringte arbeidsgiveren."), "TREKKOPPGAVE_LUKKET"),
        (new SamordningPaNytt(Guid.Empty, "Fødselsnummeret er rettet."), "SAMORDNING_PA_NYTT"),
        (new RettsligHoldSatt(new DateOnly(2026, 11, 21), "Søksmål om erstatning"), "RETTSLIG_HOLD_SATT"),
        (new RettsligHoldOpphevet(new DateOnly(2026, 11, 21), "Søksmål om erstatning", "Saken er rettskraftig avgjort"), "RETTSLIG_HOLD_OPPHEVET"),
        (new DokumenterSlettet(2, 3, new DateOnly(2023, 11, 21)), "DOKUMENTER_SLETTET"),
        (new BrevopplysningerRegistrert(Domain.Parter.Malform.Nynorsk, true), "BREVOPPLYSNINGER_REGISTRERT"),
        (new BrevApnet(Guid.Empty, Brevart.Kvittering, Brevmottaker.Kreditor, Dato), "BREV_APNET"),
        (new UtsettelseOnsket(Dato, Dato.AddMonths(2), "Jeg får utbetalt feriepenger i juni."), "UTSETTELSE_ONSKET"),
        (new TrekkgrunnlagDokumentert("Ny husleie.", 1, "{\"nettoInntektPerManed\":30000}", new Belop(2_500m), Dato), "TREKKGRUNNLAG_DOKUMENTERT"),
        (new BrevSendt(Guid.Empty, Brevart.VarselOmUtleggsforretning, Brevmottaker.Skyldner, Domain.Parter.Malform.Nynorsk, Brevkanal.Papir, Dato, Dato.AddDays(3)), "BREV_SENDT"),
    ];

    [Fact]
    public void The_facts_are_a_closed_set_and_the_journal_writes_every_one_with_its_code()
    {
        // Only the types nested in Sakshendelse can exist: it has no constructor another assembly could call.
        typeof(Sakshendelse).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .ShouldAllBe(c => c.IsPrivate || c.GetParameters().Length == 1 && c.GetParameters()[0].ParameterType == typeof(Sakshendelse) && c.IsFamily);
        // A letter's order is written as its outbox row beside the line of the action that ordered it (Journal.Skriv).
        var typer = typeof(Sakshendelse).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Sakshendelse)) && t != typeof(BrevBestilt)).Select(t => t.Name).Order().ToList();
        Alle.Select(a => a.Hendelse.GetType().Name).Distinct().Order().ToList().ShouldBe(typer, "every fact needs its line in this test and in the journal");

        var sak = Sak.Motta(Guid.NewGuid(), Saksnummer.Create(Dato, 1), Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 1_000m, 0m, 0m, "REF-1", Dato,
            new Tvangsgrunnlag(Grunnlagstype.Skriftstykke, Forfall: Dato.AddDays(-60)), Dato.AddDays(-30), Mottakskanal.Api);
        foreach (var (hendelse, kode) in Alle)
        {
            var linje = Journal.Beskriv(hendelse, sak);
            linje.Type.ShouldBe(kode);
            linje.Beskrivelse.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task A_context_without_a_journal_refuses_to_save_a_fact_and_stores_nothing()
    {
        var sakId = await TestData.SakAsync(fixture);
        await using var db = TestPostgres.CreateDbContext(fixture.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Id == sakId);
        sak.GjorHandling(Handling.GodtaBegjaring, Dato);

        var feil = await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        feil.Message.ShouldBe("Endringer i saker lagres bare med SaveChangesAsync i en kontekst med journal, så revisjonsloggen følger med.");
        (await fixture.QueryAsync(d => d.Saker.Where(s => s.Id == sakId).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.BegjaringMottatt);
        (await fixture.QueryAsync(d => d.SaksHendelser.Where(h => h.SakId == sakId).Select(h => h.Type).ToListAsync())).ShouldBe(["BEGJARING_MOTTATT"]);
    }

    [Fact]
    public async Task A_begjaring_sent_by_a_creditor_gets_its_audit_line_and_its_feed_line_from_the_journal_in_the_same_save()
    {
        var sakId = await TestData.SakAsync(fixture);

        var linje = await fixture.QueryAsync(db => db.SaksHendelser.AsNoTracking().SingleAsync(h => h.SakId == sakId));
        linje.Type.ShouldBe("BEGJARING_MOTTATT");
        linje.UtfortAvNavn.ShouldBe("Testkreditor AS", "the creditor who sent the begjæring");
        linje.Tidspunkt.ShouldBe(fixture.Clock.GetUtcNow());
        linje.Beskrivelse.ShouldStartWith("Begjæring mottatt gjennom skjemaet i kreditorportalen med kreditors referanse REF-");
        linje.Etter.ShouldBe("{\"stadium\": \"BegjaringMottatt\"}");
        var feed = await fixture.QueryAsync(db => db.KreditorHendelser.AsNoTracking().SingleAsync(h => h.SakId == sakId));
        (feed.Type, feed.Stadium, feed.Krav, feed.Innbetalt).ShouldBe(("BEGJARING_MOTTATT", "BegjaringMottatt", 10_950m, 0m));
    }

    [Fact]
    public async Task An_attempt_thrown_away_before_a_retry_leaves_no_noted_fact_behind()
    {
        var sakId = await TestData.SakAsync(fixture);
        await fixture.ExecuteAsync(async services =>
        {
            var db = services.GetRequiredService<NamsmannenDbContext>();
            db.Journal.Noter(sakId, new FodselsnummerVist());
            db.Forkast();
            await db.SaveChangesAsync();

            db.Journal.Noter(sakId, new Mottatt(Dato, Mottakskanal.Api, null));
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldBe("Hendelsen må skrives med saken den gjelder.");
        });

        (await fixture.QueryAsync(d => d.SaksHendelser.Where(h => h.SakId == sakId).Select(h => h.Type).ToListAsync())).ShouldBe(["BEGJARING_MOTTATT"]);
    }
}
