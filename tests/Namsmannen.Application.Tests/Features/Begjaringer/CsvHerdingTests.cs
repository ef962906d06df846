using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Begjaringer;

/// <summary>Issue 12, H3, H4 and M9: one CSV file can neither exhaust memory nor stop the queue for everyone else.</summary>
public sealed class CsvHerdingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<TestUser> SomKreditorAsync() => TestUser.Kreditor(await TestData.KreditorAsync(fixture));

    private string Rad(string referanse, string navn = "Ola Nordmann")
    {
        var idag = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        return string.Join(';', referanse, "utlegg", TestData.Fodselsnummer().Verdi, navn, "Storgata 1", "0155", "Oslo", "skriftstykke", string.Empty, string.Empty,
            idag.AddDays(-60).ToString("yyyy-MM-dd"), "12000", "0", "0", idag.AddDays(-50).ToString("yyyy-MM-dd"));
    }

    private static byte[] Fil(IEnumerable<string> rader) => Encoding.UTF8.GetBytes(string.Join("\r\n", rader.Prepend(string.Join(';', Felt.Alle))) + "\r\n");

    private async Task<bool> BehandleAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CsvBehandling>().BehandleNesteDelAsync(default);
    }

    /// <summary>Works the queue until nothing is due (other tests of the class may have left work in it).</summary>
    private async Task BehandleAltAsync()
    {
        for (var i = 0; i < 100 && await BehandleAsync(); i++)
        {
        }
    }

    private Task<Innsending> InnsendingAsync(Guid id) => fixture.QueryAsync(db => db.Innsendinger.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task A_NUL_byte_in_a_field_refuses_that_row_by_field_and_the_file_and_its_other_rows_go_through()
    {
        var kreditorbruker = await SomKreditorAsync();
        var fil = Fil([Rad("NUL-1"), Rad("NUL-2", "Ola\0Nordmann"), Rad("NUL-3")]);
        var opplastet = await fixture.SendAsync(new LastOppCsv.Command("nul.csv", fil), kreditorbruker);

        (await BehandleAsync()).ShouldBeTrue();

        var innsending = await InnsendingAsync(opplastet.InnsendingId);
        (innsending.Status, innsending.Mottatt, innsending.Avvist).ShouldBe((Innsending.Ferdig, 2, 1));
        innsending.Fil.ShouldBeNull();
        var kvitteringer = await fixture.QueryAsync(db => db.Innsendingsdeler.Where(d => d.InnsendingId == opplastet.InnsendingId).Select(d => d.Kvitteringer).SingleAsync());
        kvitteringer.ShouldContain("\"felt\": \"skyldner.navn\", \"kode\": \"UGYLDIGE_TEGN\"");
    }

    [Fact]
    public async Task Twenty_megabytes_of_newlines_are_refused_at_once_with_a_message_and_little_memory()
    {
        var newlines = Encoding.ASCII.GetBytes(string.Join(';', Felt.Alle) + "\n" + new string('\n', 20 * 1024 * 1024));
        var for_ = GC.GetAllocatedBytesForCurrentThread();

        var lesing = CsvFormat.Les(newlines, ta: 0);

        var allokert = GC.GetAllocatedBytesForCurrentThread() - for_;
        lesing.Feil.ShouldBe("Filen har mer enn 1 000 tomme linjer. Fjern dem og last opp på nytt.");
        allokert.ShouldBeLessThan(5L * 1024 * 1024, "the reader stops at the cap and keeps nothing");
        var uten = CsvFormat.Les(Encoding.ASCII.GetBytes(new string('x', 30_000)));
        uten.Feil.ShouldBe("Første linje er lengre enn 10 000 tegn. Den skal bare ha kolonnenavnene.");
        var aapentSitat = CsvFormat.Les(Fil(["\"uten slutt" + new string('x', 20_000)]));
        aapentSitat.Feil!.ShouldStartWith("Rad 2 er lengre enn 10 000 tegn");
    }

    [Fact]
    public async Task A_file_whose_part_keeps_failing_fails_after_three_attempts_and_the_queue_serves_the_others_meanwhile()
    {
        var kreditorbruker = await SomKreditorAsync();
        var darlig = await fixture.SendAsync(new LastOppCsv.Command("feiler.csv", Fil([Rad("FEIL-1")])), kreditorbruker);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var god = await fixture.SendAsync(new LastOppCsv.Command("god.csv", Fil([Rad("GOD-1")])), kreditorbruker);
        // Fault injection: the database refuses this one file's receipts, as jsonb refused a NUL in the review.
        var trigger = """
            CREATE FUNCTION test_feil() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injisert feil'; END $$;
            CREATE TRIGGER test_feil BEFORE INSERT ON innsendingsdeler FOR EACH ROW WHEN (NEW.innsending_id = 'ID') EXECUTE FUNCTION test_feil();
            """.Replace("ID", darlig.InnsendingId.ToString(), StringComparison.Ordinal);
        // A trigger is the schema owner's to make; the application's own role may not.
        await using (var eier = TestPostgres.CreateEierDbContext(fixture.DatabaseName))
        {
            await eier.Database.ExecuteSqlRawAsync(trigger);
        }

        await BehandleAltAsync(); // the failing file's attempt 1, then the good one while the failing one waits for its retry
        (await InnsendingAsync(darlig.InnsendingId)).Forsok.ShouldBe(1);
        (await InnsendingAsync(god.InnsendingId)).Status.ShouldBe(Innsending.Ferdig);
        for (var forsok = 2; forsok <= CsvBehandling.MaksForsok; forsok++)
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(5));
            await BehandleAltAsync();
            (await InnsendingAsync(darlig.InnsendingId)).Forsok.ShouldBe(forsok);
        }

        var feilet = await InnsendingAsync(darlig.InnsendingId);
        (feilet.Status, feilet.Forsok, feilet.Mottatt).ShouldBe((Innsending.Feilet, 3, 0));
        feilet.Feilmelding!.ShouldStartWith("Behandlingen stoppet ved rad 1 på grunn av en teknisk feil hos oss, etter 3 forsøk.");
        feilet.Fil.ShouldBeNull("a failed file's personal data is not kept (M8)");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await BehandleAltAsync();
        (await InnsendingAsync(darlig.InnsendingId)).Forsok.ShouldBe(3, "a failed file leaves the queue");
        (await fixture.QueryAsync(db => db.Saker.CountAsync(s => s.KreditorReferanse == "FEIL-1"))).ShouldBe(0);
    }

    [Fact]
    public async Task Cleaning_up_removes_idempotency_keys_after_thirty_days_and_files_of_finished_submissions()
    {
        var kreditorbruker = await SomKreditorAsync();
        var kreditor = kreditorbruker.KreditorId!.Value;
        await fixture.QueryAsync(async db =>
        {
            db.Idempotensnokler.Add(new Idempotensnokkel { KreditorId = kreditor, Nokkel = "gammel", Sti = "/x", ForesporselHash = [1], Opprettet = fixture.Clock.GetUtcNow().AddDays(-31) });
            db.Idempotensnokler.Add(new Idempotensnokkel { KreditorId = kreditor, Nokkel = "ny", Sti = "/x", ForesporselHash = [1], Opprettet = fixture.Clock.GetUtcNow().AddDays(-29) });
            db.Innsendinger.Add(new Innsending { Id = Guid.NewGuid(), KreditorId = kreditor, Kanal = Innsending.Csv, Opprettet = fixture.Clock.GetUtcNow(), OpprettetAvNavn = "Test", Status = Innsending.Feilet, Fil = [1, 2, 3] });
            return await db.SaveChangesAsync();
        });

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CsvBehandling>().RyddAsync(default);
        }

        (await fixture.QueryAsync(db => db.Idempotensnokler.Where(k => k.KreditorId == kreditor).Select(k => k.Nokkel).ToListAsync())).ShouldBe(["ny"]);
        (await fixture.QueryAsync(db => db.Innsendinger.CountAsync(i => i.KreditorId == kreditor && i.Fil != null))).ShouldBe(0);
    }

    [Fact]
    public async Task A_large_file_does_not_hold_up_a_small_one_uploaded_after_it()
    {
        var kreditorbruker = await SomKreditorAsync();
        var stor = await fixture.SendAsync(new LastOppCsv.Command("stor.csv", Fil(Enumerable.Range(1, 2500).Select(i => Rad($"STOR-{i}")))), kreditorbruker);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var liten = await fixture.SendAsync(new LastOppCsv.Command("liten.csv", Fil([Rad("LITEN-1")])), kreditorbruker);

        await BehandleAltAsync();

        var kvitteringer = await fixture.QueryAsync(db => db.Innsendingsdeler.Where(d => d.InnsendingId == stor.InnsendingId || d.InnsendingId == liten.InnsendingId)
            .Select(d => new { d.InnsendingId, d.Nummer }).ToListAsync());
        (await InnsendingAsync(stor.InnsendingId)).Status.ShouldBe(Innsending.Ferdig);
        (await InnsendingAsync(liten.InnsendingId)).Status.ShouldBe(Innsending.Ferdig);
        // The small file was served after the large one's first part, not after its third.
        var liteDel = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.Beskrivelse.Contains("LITEN-1")).Select(h => h.Id).SingleAsync());
        var storDel2 = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.Beskrivelse.EndsWith("STOR-1001.")).Select(h => h.Id).SingleAsync());
        liteDel.ShouldBeLessThan(storDel2);
        kvitteringer.Count.ShouldBe(4);
    }
}
