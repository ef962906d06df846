using System.Collections.Concurrent;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Features.Utsendinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utsendinger;

/// <summary>Issue 18, the outbox: every registration and deletion reaches its register once, through failures, crashes and two workers.</summary>
public sealed class UtboksTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Kari = new() { Navn = "Kari Nordmann" };

    /// <summary>The registers' simulator, steady (no first-attempt outage), behind a hand that can fail, refuse or "crash" on cue.</summary>
    private sealed class Styrt(RegisterSimulator simulator) : IRegistre
    {
        public ConcurrentDictionary<(Guid, bool), int> Kall { get; } = new();

        public int FeilForst { get; set; }

        public bool Avvis { get; set; }

        public bool KrasjEtterSending { get; set; }

        public TimeSpan Forsinkelse { get; set; }

        public string Navn => simulator.Navn;

        public async Task<Registerkvittering> SendAsync(Registermelding melding, CancellationToken cancellationToken)
        {
            var n = Kall.AddOrUpdate((melding.Referanse, melding.Sletting), 1, (_, k) => k + 1);
            await Task.Delay(Forsinkelse, cancellationToken);
            if (Avvis)
            {
                throw new UtsendingAvvist("Løsøreregisteret (simulator) avviste meldingen: skyldneren er ukjent.");
            }

            if (n <= FeilForst)
            {
                throw new UtsendingUtilgjengelig("Løsøreregisteret (simulator) svarer ikke akkurat nå.");
            }

            var kvittering = await simulator.SendAsync(melding, cancellationToken);
            if (KrasjEtterSending)
            {
                KrasjEtterSending = false;
                throw new InvalidOperationException("Prosessen døde før kvitteringen ble lagret.");
            }

            return kvittering;
        }
    }

    /// <summary>
    /// A provider whose registers are <see cref="Styrt"/>, with the outbox emptied first of what the class's other tests
    /// left waiting (the worker takes the whole queue, and the tests share a database).
    /// </summary>
    private async Task<(ServiceProvider Tjenester, Styrt Registre, RegisterSimulator Simulator)> OppsettAsync()
    {
        var simulator = new RegisterSimulator(fixture.ConnectionString, fixture.Clock, TimeSpan.Zero, ustabil: false);
        var styrt = new Styrt(simulator);
        var tjenester = fixture.Tjenester(s => s.AddSingleton<IRegistre>(styrt));
        await KjorAsync(tjenester, maks: 10_000);
        styrt.Kall.Clear();
        return (tjenester, styrt, simulator);
    }

    private static async Task<Utsender.Resultat> KjorAsync(IServiceProvider tjenester, int maks = 100)
    {
        await using var scope = tjenester.CreateAsyncScope();
        // The registers' messages only: the letters the same actions order are the letter tests' business (BrevTests).
        return await scope.ServiceProvider.GetRequiredService<Utsender>().KjorAsync(maks, CancellationToken.None, Utsender.Registermeldinger);
    }

    private async Task<(Guid Id, string Saksnummer)> PantAsync()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Kari);
        await fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("kjoretoy", "Volvo V70 2015", 85_000m, TaUtleggspant: true)],
            UtenVarsel = TestData.UtenVarsel,
        }, Kari);
        return (id, saksnummer);
    }

    private Task<List<Utsending>> UtsendingerAsync(Guid sakId) =>
        fixture.QueryAsync(db => db.Utsendinger.AsNoTracking().Where(u => u.SakId == sakId && u.Art != Utsendingsart.Brev).OrderBy(u => u.Id).ToListAsync());

    [Fact]
    public async Task A_forretning_puts_its_notices_in_the_outbox_with_it_and_the_worker_has_them_acknowledged()
    {
        var (tjenester, _, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        var (id, saksnummer) = await PantAsync();

        (await UtsendingerAsync(id)).Select(u => (u.Art, u.Register, u.Status)).ShouldBe(
        [
            (Utsendingsart.Registrering, Register.Losoreregisteret, Utsendingsstatus.Venter),
            (Utsendingsart.Registrering, Register.Betalingsanmerkning, Utsendingsstatus.Venter),
        ]);

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(2, 0, 0));

        var utsendinger = await UtsendingerAsync(id);
        utsendinger.ShouldAllBe(u => u.Status == Utsendingsstatus.Kvittert && u.Forsok == 1);
        (await simulator.HentAsync(saksnummer, CancellationToken.None)).Select(r => (r.Register, r.Sletting, r.Registerreferanse))
            .ShouldBe(utsendinger.Select(u => (u.Register!.Value, false, u.Kvittering!)));
        utsendinger[0].Kvittering.ShouldStartWith("LR-2026-");
        (await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == id).Select(r => r.Kvittert).ToListAsync())).ShouldAllBe(d => d == new DateOnly(2026, 11, 21));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "REGISTER_KVITTERT").OrderBy(h => h.Id).Select(h => h.Beskrivelse).ToListAsync()))
            .ShouldBe(utsendinger.Select(u => $"{u.Register!.Value.Navn()} har registrert oppføringen ({(u.Register == Register.Losoreregisteret ? "UtleggspantAnnet" : "Betalingsanmerkning")}) 21.11.2026, referanse {u.Kvittering}.").ToList());
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), Kari)).Registreringer.Select(r => r.Status).ShouldBe(["Registrert, kvittert 21.11.2026", "Registrert, kvittert 21.11.2026"]);
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 0), "nothing is sent twice");
    }

    [Fact]
    public async Task A_refused_command_leaves_no_message_behind()
    {
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Kari);

        await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("innbo", "Vanlig innbo", 30_000m, TaUtleggspant: true)],
            UtenVarsel = TestData.UtenVarsel,
        }, Kari));

        (await UtsendingerAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_message_that_fails_twice_is_delivered_on_the_third_attempt_exactly_once()
    {
        var (tjenester, registre, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        registre.FeilForst = 2;
        var (id, saksnummer) = await PantAsync();
        var start = fixture.Clock.GetUtcNow();

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 2));
        (await UtsendingerAsync(id)).ShouldAllBe(u => u.Status == Utsendingsstatus.Venter && u.Forsok == 1 && u.NesteForsok == start.AddMinutes(1) && u.SisteFeil == "Løsøreregisteret (simulator) svarer ikke akkurat nå.");
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 0), "not before its time");

        using (fixture.StillKlokken(start.AddMinutes(1)))
        {
            (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 2));
            (await UtsendingerAsync(id)).ShouldAllBe(u => u.Forsok == 2 && u.NesteForsok == start.AddMinutes(3));
        }

        using (fixture.StillKlokken(start.AddMinutes(3)))
        {
            (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(2, 0, 0));
        }

        var utsendinger = await UtsendingerAsync(id);
        utsendinger.ShouldAllBe(u => u.Status == Utsendingsstatus.Kvittert && u.Forsok == 3);
        var ider = utsendinger.Select(u => u.Id).ToList();
        (await fixture.QueryAsync(db => db.Utsendingsforsok.Where(f => ider.Contains(f.UtsendingId)).OrderBy(f => f.Id).Select(f => new { f.UtsendingId, f.Lyktes }).ToListAsync()))
            .GroupBy(f => f.UtsendingId).Select(g => g.Select(f => f.Lyktes).ToList()).ShouldAllBe(forsok => forsok.SequenceEqual(new[] { false, false, true }));
        (await simulator.HentAsync(saksnummer, CancellationToken.None)).Count.ShouldBe(2, "one entry in the register per notice");
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == id && h.Type == "REGISTER_KVITTERT"))).ShouldBe(2);
    }

    [Fact]
    public async Task Two_workers_never_send_the_same_message()
    {
        var (tjenester, registre, _) = await OppsettAsync();
        await using var _ = tjenester;
        registre.Forsinkelse = TimeSpan.FromMilliseconds(40);
        var saker = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            saker.Add((await PantAsync()).Id);
        }

        var resultater = await Task.WhenAll(KjorAsync(tjenester), KjorAsync(tjenester));

        resultater.Sum(r => r.Kvittert).ShouldBe(12);
        resultater.ShouldAllBe(r => r.Kvittert > 0, "both workers took part");
        registre.Kall.Values.ShouldAllBe(n => n == 1);
        registre.Kall.Count.ShouldBe(12);
        (await fixture.QueryAsync(db => db.Utsendinger.CountAsync(u => saker.Contains(u.SakId) && u.Status == Utsendingsstatus.Kvittert && u.Forsok == 1))).ShouldBe(12);
    }

    [Fact]
    public async Task A_crash_between_the_send_and_the_receipt_neither_loses_nor_duplicates_the_receipt()
    {
        var (tjenester, registre, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        var (id, saksnummer) = await PantAsync();
        registre.KrasjEtterSending = true;

        (await Should.ThrowAsync<InvalidOperationException>(() => KjorAsync(tjenester, maks: 1))).Message.ShouldBe("Prosessen døde før kvitteringen ble lagret.");

        var forste = (await UtsendingerAsync(id))[0];
        (forste.Status, forste.Forsok, forste.Kvittering).ShouldBe((Utsendingsstatus.Venter, 0, (string?)null), "the crashed attempt's transaction is gone");
        var iRegisteret = (await simulator.HentAsync(saksnummer, CancellationToken.None)).Single();

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(2, 0, 0));

        (await UtsendingerAsync(id))[0].Kvittering.ShouldBe(iRegisteret.Registerreferanse, "the register answers the same notice with the receipt it gave");
        (await simulator.HentAsync(saksnummer, CancellationToken.None)).Count.ShouldBe(2);
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == id && h.Type == "REGISTER_KVITTERT"))).ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_notice_waits_on_its_offices_error_list_and_is_sent_again_from_there()
    {
        var (tjenester, registre, _) = await OppsettAsync();
        await using var _ = tjenester;
        registre.Avvis = true;
        var (id, saksnummer) = await PantAsync();
        var kontor = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Kontor).SingleAsync());

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 2, 0));

        var egen = TestUser.Saksbehandler(kontor);
        var liste = await fixture.SendAsync(new Utsendingsliste.Query(), egen);
        var rader = liste.Where(r => r.Saksnummer == saksnummer).ToList();
        rader.Select(r => (r.Melding, r.Status, r.Forsok, r.SisteFeil)).ShouldBe(
        [
            ("Registrering til Løsøreregisteret", Utsendingsstatus.Feilet, 1, "Løsøreregisteret (simulator) avviste meldingen: skyldneren er ukjent."),
            ("Registrering til Betalingsanmerkning", Utsendingsstatus.Feilet, 1, "Løsøreregisteret (simulator) avviste meldingen: skyldneren er ukjent."),
        ]);
        var annet = TestUser.Saksbehandler(kontor == "OSLO" ? "BERGEN" : "OSLO");
        (await fixture.SendAsync(new Utsendingsliste.Query(), annet)).ShouldNotContain(r => r.Saksnummer == saksnummer);
        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new SendUtsendingPaNytt.Command(rader[0].Id), annet));

        (await fixture.SendAsync(new SendUtsendingPaNytt.Command(rader[0].Id), egen)).ShouldBe(new SendUtsendingPaNytt.Result(saksnummer, Utsendingsart.Registrering));
        (await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == id && h.Type == "UTSENDING_PA_NYTT").Select(h => h.Beskrivelse).SingleAsync()))
            .ShouldBe("Registreringen til Løsøreregisteret er sendt på nytt (siste feil: Løsøreregisteret (simulator) avviste meldingen: skyldneren er ukjent.).");
        registre.Avvis = false;
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(1, 0, 0));
        (await UtsendingerAsync(id)).Select(u => u.Status).ShouldBe([Utsendingsstatus.Kvittert, Utsendingsstatus.Feilet]);
    }

    [Fact]
    public async Task A_payment_in_full_sends_the_deletions_and_the_case_shows_the_entries_deleted()
    {
        var (tjenester, _, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        var (id, saksnummer) = await PantAsync();
        await KjorAsync(tjenester);

        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 10_950m }, Kari);

        (await UtsendingerAsync(id)).Where(u => u.Art == Utsendingsart.Sletting).Select(u => (u.Register, u.Status)).ShouldBe(
        [
            (Register.Losoreregisteret, Utsendingsstatus.Venter),
            (Register.Betalingsanmerkning, Utsendingsstatus.Venter),
        ]);
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), Kari)).Registreringer.Select(r => r.Status)
            .ShouldAllBe(s => s == "Slettemelding sendt 21.11.2026, venter på kvittering");

        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(2, 0, 0));

        (await simulator.HentAsync(saksnummer, CancellationToken.None)).Select(r => (r.Register, r.Sletting)).ShouldBe(
        [
            (Register.Losoreregisteret, false), (Register.Betalingsanmerkning, false), (Register.Losoreregisteret, true), (Register.Betalingsanmerkning, true),
        ]);
        (await fixture.SendAsync(new SakDetaljer.Query(saksnummer), Kari)).Registreringer.Select(r => r.Status).ShouldAllBe(s => s == "Slettet 21.11.2026");
    }

    [Fact]
    public async Task A_deletion_waits_for_its_registration_to_be_acknowledged()
    {
        var (tjenester, registre, simulator) = await OppsettAsync();
        await using var _ = tjenester;
        var (id, saksnummer) = await PantAsync();
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 10_950m }, Kari);
        registre.FeilForst = 1;

        // The registrations fail once; their deletions are not sent while they wait.
        (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(0, 0, 2));
        registre.Kall.Keys.ShouldAllBe(k => !k.Item2);
        registre.FeilForst = 0;

        using (fixture.StillKlokken(fixture.Clock.GetUtcNow().AddMinutes(1)))
        {
            (await KjorAsync(tjenester)).ShouldBe(new Utsender.Resultat(4, 0, 0), "each registration, then its deletion, in one run");
        }

        (await simulator.HentAsync(saksnummer, CancellationToken.None)).Select(r => (r.Register, r.Sletting)).ShouldBe(
        [
            (Register.Losoreregisteret, false), (Register.Losoreregisteret, true), (Register.Betalingsanmerkning, false), (Register.Betalingsanmerkning, true),
        ]);
        (await UtsendingerAsync(id)).ShouldAllBe(u => u.Status == Utsendingsstatus.Kvittert);
    }

    [Fact]
    public async Task A_deletion_not_acknowledged_within_five_working_days_is_chased_on_the_error_list()
    {
        var (id, saksnummer) = await PantAsync();
        var kontor = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Kontor).SingleAsync());
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 10_950m }, Kari);
        var egen = TestUser.Saksbehandler(kontor);

        // Ordered Saturday 21.11.2026: five working days later is Friday 27.11; on Monday 30.11 it is overdue.
        using (fixture.StillKlokken(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)))
        {
            (await fixture.SendAsync(new Utsendingsliste.Query(), egen)).ShouldNotContain(r => r.Saksnummer == saksnummer);
        }

        using (fixture.StillKlokken(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)))
        {
            (await fixture.SendAsync(new Utsendingsliste.Query(), egen)).Where(r => r.Saksnummer == saksnummer).Select(r => (r.Art, r.Purres))
                .ShouldBe([(Utsendingsart.Sletting, true), (Utsendingsart.Sletting, true)]);
        }
    }

    [Fact]
    public async Task The_registers_simulator_is_sometimes_unavailable_answers_a_notice_again_with_its_receipt_and_refuses_what_it_cannot_take()
    {
        var simulator = new RegisterSimulator(fixture.ConnectionString, fixture.Clock, TimeSpan.Zero);
        var skyldnerId = await TestData.SkyldnerAsync(fixture, "Ola Registersen", "0150");
        var skyldner = await fixture.QueryAsync(db => db.Skyldnere.Where(s => s.Id == skyldnerId).Select(s => s.Identifikator).SingleAsync());
        var utilgjengelig = new Guid([0x04, .. Guid.NewGuid().ToByteArray()[1..]]);
        var melding = new Registermelding(utilgjengelig, Register.Losoreregisteret, false, Registerutfall.Utleggstrekk, "26-999001", skyldner, new DateOnly(2026, 11, 21), null);

        (await Should.ThrowAsync<UtsendingUtilgjengelig>(() => simulator.SendAsync(melding, CancellationToken.None))).Message.ShouldBe("Løsøreregisteret (simulator) svarer ikke akkurat nå. Prøv igjen senere.");
        var kvittering = await simulator.SendAsync(melding, CancellationToken.None);
        (await simulator.SendAsync(melding, CancellationToken.None)).ShouldBe(kvittering, "the same notice again gets the same receipt");
        kvittering.ShouldBe(new Registerkvittering(kvittering.Registerreferanse, new DateOnly(2026, 11, 21)));
        kvittering.Registerreferanse.ShouldStartWith("LR-2026-");

        var ukjent = melding with { Referanse = new Guid([0x01, .. Guid.NewGuid().ToByteArray()[1..]]), Sletting = true };
        (await Should.ThrowAsync<UtsendingAvvist>(() => simulator.SendAsync(ukjent, CancellationToken.None))).Message.ShouldBe("Løsøreregisteret (simulator) har ingen oppføring med denne referansen å slette.");
        (await Should.ThrowAsync<UtsendingAvvist>(() => simulator.SendAsync(melding with { Saksnummer = "tull" }, CancellationToken.None))).Message.ShouldBe("Løsøreregisteret (simulator) avviste meldingen: saksnummer eller skyldner er ugyldig.");
        (await simulator.HentAsync("26-999001", CancellationToken.None)).ShouldBe([(Register.Losoreregisteret, false, kvittering.Registerreferanse)]);
    }
}
