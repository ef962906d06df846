using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Hosting.Demo;

/// <summary>
/// Seeds realistic, generated demo data once: creditor organisations, the demo logins and about 200 cases spread
/// over the stages. Deterministic (fixed random seed), so every newcomer sees the same office.
/// </summary>
public sealed partial class DemoSeeder(
    NamsmannenDbContext db,
    UserManager<Bruker> users,
    TimeProvider clock,
    Application.Satser.Satsregister satsregister,
    ILogger<DemoSeeder> logger) : IDemodata
{
    /// <summary>The rates, read when the seeding needs them: after the migrations that make their table (issue 20), not when the seeder is made.</summary>
    private Namsmannen.Domain.Satser.Satsbok Satser => satsregister.Hent();

    public const int AntallSaker = 200;

    // Relative weights of the stages in the demo office: most cases are early in the process.
    internal static readonly (Saksstadium Stadium, int Vekt)[] Stadiefordeling =
    [
        (Saksstadium.BegjaringMottatt, 30), (Saksstadium.Godtatt, 10), (Saksstadium.VarselSendt, 32), (Saksstadium.Utleggspant, 20),
        (Saksstadium.Utleggstrekk, 28), (Saksstadium.IntetTilUtlegg, 14), (Saksstadium.Tvangssalg, 8),
        (Saksstadium.Tilbakelevering, 4), (Saksstadium.Fordeling, 4), (Saksstadium.Utsatt, 6),
        (Saksstadium.Klagebehandling, 5), (Saksstadium.Suspendert, 3), (Saksstadium.Henlagt, 5),
        (Saksstadium.Avvist, 5), (Saksstadium.Avsluttet, 26),
    ];

    private static readonly (string Navn, bool Saernamsmann)[] Kreditorer =
    [
        ("Nordlys Inkasso AS", false),
        ("Fjordkreditt Inkasso AS", false),
        ("Vestkyst Sparebank", false),
        ("Statens innkrevingssentral", true),
    ];

    /// <summary>The demo employer every demo trekk is addressed to; its key is <see cref="DemoBrukere.ArbeidsgiverNokkel"/>.</summary>
    public const string Arbeidsgiver = "974760673";

    public async Task SeedOnceAsync(CancellationToken cancellationToken)
    {
        if (await db.Kreditorer.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            LogAlreadySeeded(logger);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Journal.Aktor = new Application.Data.Aktor(null, "Demodata");
        var faker = new Faker("nb_NO") { Random = new Randomizer(2026) };
        var today = Oslotid.IDag(clock);

        var kreditorer = Kreditorer
            .Select(k => new Kreditor(faker.Random.Guid(), k.Navn, NyttOrganisasjonsnummer(faker), k.Saernamsmann))
            .ToList();
        // The portal's creditor has given its payout account; the others have not, so their payouts are held (issue 16).
        kreditorer[0].SettKontonummer(Domain.Penger.Kontonummer.MedKontrollsiffer("1503" + faker.Random.ReplaceNumbers("######")) ?? Domain.Penger.Kontonummer.MedKontrollsiffer("1503000001"));
        db.Kreditorer.AddRange(kreditorer);
        await db.SaveChangesAsync(cancellationToken);
        db.ApiNokler.Add(new Application.Data.Portal.ApiNokkel
        {
            Id = faker.Random.Guid(),
            KreditorId = kreditorer[0].Id,
            Navn = "Demonøkkel",
            Prefiks = DemoBrukere.ApiNokkelPrefiks,
            Hash = Application.Features.Portal.ApiNokkelformat.Hash(DemoBrukere.ApiNokkel),
            Opprettet = clock.GetUtcNow(),
            OpprettetAvNavn = "Demodata",
        });

        var saksbehandlere = new List<Bruker>();
        Bruker? leder = null;
        foreach (var (epost, navn, rolle) in DemoBrukere.Alle)
        {
            var bruker = new Bruker
            {
                UserName = epost,
                Email = epost,
                EmailConfirmed = true,
                FulltNavn = navn,
                // The demo office is Oslo; the administrator sees the whole country.
                Kontor = rolle is Roller.Saksbehandler or Roller.Leder ? Kontorinndeling.Oslo.Kode : null,
                KreditorId = rolle == Roller.Kreditor ? kreditorer[0].Id : null,
            };
            await Succeed(users.CreateAsync(bruker, DemoBrukere.Passord));
            await Succeed(users.AddToRoleAsync(bruker, rolle));
            if (rolle == Roller.Saksbehandler)
            {
                saksbehandlere.Add(bruker);
            }

            leder = rolle == Roller.Leder ? bruker : leder;
        }

        var skyldnere = Enumerable.Range(0, 150).Select(i => NySkyldner(faker, i, iOslo: true)).ToList();
        db.Skyldnere.AddRange(skyldnere);

        var stadier = Stadiefordeling.SelectMany(s => Enumerable.Repeat(s.Stadium, s.Vekt)).ToArray();
        var betalesMedKid = new List<Sak>();
        for (var i = 0; i < AntallSaker; i++)
        {
            var stadium = stadier[i % stadier.Length];
            // A fifth of the debtors have several cases, so samordning has something to show.
            var skyldner = i < 150 ? skyldnere[i] : skyldnere[faker.Random.Int(0, 29)];
            var mottatt = today.AddDays(-faker.Random.Int(0, 150));
            var type = faker.Random.WeightedRandom([Begjaringstype.Utlegg, Begjaringstype.Tvangssalg, Begjaringstype.Tilbakelevering], [0.85f, 0.1f, 0.05f]);
            var hovedstol = Math.Round(faker.Random.Decimal(1_500m, 180_000m), 2);
            var renter = Math.Round(hovedstol * faker.Random.Decimal(0.01m, 0.15m), 2);
            var omkostninger = Math.Round(faker.Random.Decimal(350m, 4_500m), 2);
            var ufordelt = stadium == Saksstadium.BegjaringMottatt && i % 2 == 0;
            var saksbehandler = ufordelt ? null : saksbehandlere[i % saksbehandlere.Count].Id;
            var saksnummer = await db.NesteSaksnummerAsync(mottatt, cancellationToken);
            var kreditor = kreditorer[faker.Random.WeightedRandom([0, 1, 2, 3], [0.4f, 0.3f, 0.15f, 0.15f])];

            // A paused case remembers where it stood: a postponed or suspended case stood at varsel, a complaint concerns a pledge.
            Saksstadium? forrige = stadium switch
            {
                Saksstadium.Utsatt or Saksstadium.Suspendert => Saksstadium.VarselSendt,
                Saksstadium.Klagebehandling => Saksstadium.Utleggspant,
                _ => null,
            };
            var (grunnlag, varsel) = NyttGrunnlag(faker, type, mottatt, ugyldig: stadium == Saksstadium.BegjaringMottatt && i % 10 == 6);
            DateOnly? avsluttet = Saksforlop.Lukket.Contains(stadium) ? (DateOnly?)new[] { today, mottatt.AddDays(faker.Random.Int(5, 60)) }.Min() : null;
            // A new begjæring is received as intake receives it (and assigned as a caseworker takes it); a case further
            // along comes over from the earlier system at its stage. The journal writes the facts of both.
            Sak sak;
            if (stadium == Saksstadium.BegjaringMottatt)
            {
                sak = Sak.Motta(faker.Random.Guid(), saksnummer, kreditor.Id, skyldner.Id, Kontorinndeling.Finn(skyldner.Postnummer), type, hovedstol, renter, omkostninger, $"REF-{100000 + i}", mottatt, grunnlag, varsel, Mottakskanal.Skjema);
                if (saksbehandler is not null)
                {
                    sak.TildelTil(saksbehandler, saksbehandlere[i % saksbehandlere.Count].FulltNavn);
                }
            }
            else
            {
                sak = Sak.FraHistorikk(faker.Random.Guid(), saksnummer, kreditor.Id, skyldner.Id, Kontorinndeling.Finn(skyldner.Postnummer), type, hovedstol, renter, omkostninger, $"REF-{100000 + i}", mottatt, grunnlag, varsel, stadium, saksbehandler, forrige, avsluttet, mottattGjennom: Mottakskanal.Skjema);
            }

            db.Saker.Add(sak);
            if (stadium is Saksstadium.VarselSendt or Saksstadium.Utleggspant && i % 4 == 0)
            {
                betalesMedKid.Add(sak);
            }

            if (stadium == Saksstadium.VarselSendt)
            {
                // Utleggsforretninger spread around today: some passed without being held, some today, most ahead.
                sak.FristFraHistorikk(Fristtype.Utleggsforretning, today.AddDays(((i % 7) - 2) * 3), $"Utleggsforretning kl. 10:00, {faker.PickRandom("Namsmannen i Oslo", "Namsmannen i Bergen", "Namsmannen i Trondheim")}");
            }
            else if (stadium == Saksstadium.Utleggstrekk)
            {
                LeggTilTrekk(faker, sak, today);
            }
            else if (stadium == Saksstadium.Fordeling)
            {
                // The sale registered by a caseworker, so the office's supervisor has a fordeling to approve (four eyes).
                var selger = saksbehandlere[i % saksbehandlere.Count];
                var dato = new[] { today, sak.Mottatt.AddDays(60) }.Min();
                var salgssum = Math.Round(sak.Utestaende * 1.4m + 10_000m, 0);
                var fordeling = Fordeling.Beregn(sak.Mottatt, dato, new Domain.Penger.Belop(salgssum), new Domain.Penger.Belop(3_000m), [new Heftelse(Application.Features.Utlegg.RegistrerSalg.Saksoker, Heftelsestype.Pant, 1, new Domain.Penger.Belop(sak.Utestaende), true)], Satser);
                sak.FordelingFraHistorikk(dato, fordeling, new Domain.Penger.Belop(3_000m), selger.Id, selger.FulltNavn, Application.Features.Utlegg.RegistrerSalg.Saksoker);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedBrevAsync(new Demobruker(saksbehandlere[0].Id, saksbehandlere[0].FulltNavn, Roller.Saksbehandler), kreditorer[0], today, cancellationToken);

        // The bank's file of payments to namsmannen's account, read as the office reads it (issue 16): a third of what
        // is owed on a few open cases, by their KID, and one payment without a KID that waits in the suspense queue.
        var poster = betalesMedKid.Take(5).Select((s, n) => new Camt054Eksempelfil.Post(
                $"DEMO-BANK-{n + 1:000}", Math.Round(s.Utestaende / 3m, 2), today, Domain.Saker.Saksnummer.TryParse(s.Saksnummer, out var nr) ? Domain.Penger.Kid.For(nr) : null, faker.Name.FullName()))
            .Append(new Camt054Eksempelfil.Post("DEMO-BANK-UTEN-KID", 1_250m, today, null, faker.Name.FullName(), "Betaling av gjeld"));
        var bankfil = new Demobruker(null, "Demodata (bankfil)", null);
        await new LesInnbetalingsfil.Handler(db, bankfil, clock, Satser)
            .Handle(new LesInnbetalingsfil.Command("demo-camt054.xml", Camt054Eksempelfil.Lag("DEMO-CAMT054-1", clock.GetUtcNow(), poster)), cancellationToken);

        // A distribution run made by a caseworker and approved by the supervisor (its pain.001 file ready), then a second
        // bank file, with one payment beyond the whole balance (owed back to the payer's account), whose run waits for
        // the supervisor: leder@ can approve it. The other creditors' payouts are held for want of an account.
        var kari = new Demobruker(saksbehandlere[0].Id, saksbehandlere[0].FulltNavn, Roller.Saksbehandler);
        var ingrid = new Demobruker(leder!.Id, leder.FulltNavn, Roller.Leder);
        var forsteKjoring = await new Application.Features.Utbetalinger.OpprettUtbetalingskjoring.Handler(db, kari, clock).Handle(new(), cancellationToken);
        await new Application.Features.Utbetalinger.AvgjorUtbetalingskjoring.Handler(db, ingrid, clock, Application.Features.Utbetalinger.Namsmannskonto.Demo)
            .Handle(new() { Nummer = forsteKjoring.Nummer, Godkjenn = true }, cancellationToken);
        var andre = betalesMedKid.Skip(5).Where(s => s.KreditorId == kreditorer[0].Id && !s.ErLukket).Take(3).ToList();
        var andrePoster = andre.Select((s, n) => new Camt054Eksempelfil.Post(
            $"DEMO-BANK-2-{n + 1:000}", n == 0 ? s.Utestaende + 500m : Math.Round(s.Utestaende / 4m, 2), today, Domain.Saker.Saksnummer.TryParse(s.Saksnummer, out var nr) ? Domain.Penger.Kid.For(nr) : null, faker.Name.FullName(),
            BetalerKonto: Domain.Penger.Kontonummer.MedKontrollsiffer("1207" + faker.Random.ReplaceNumbers("######"))?.Verdi)).ToList();
        if (andrePoster.Count > 0)
        {
            await new LesInnbetalingsfil.Handler(db, bankfil, clock, Satser)
                .Handle(new LesInnbetalingsfil.Command("demo-camt054-2.xml", Camt054Eksempelfil.Lag("DEMO-CAMT054-2", clock.GetUtcNow(), andrePoster)), cancellationToken);
            await new Application.Features.Utbetalinger.OpprettUtbetalingskjoring.Handler(db, kari, clock).Handle(new(), cancellationToken);
        }

        await SeedTrekkAsync(kreditorer[0], today, cancellationToken);

        // A legal hold (issue 20) on one closed case, set by the supervisor: its «Oppbevaring» says nothing goes while it stands.
        var holdes = await db.Saker.Where(s => s.Avsluttet != null && s.Kontor == Kontorinndeling.Oslo.Kode).OrderBy(s => s.Saksnummer).Select(s => s.Saksnummer).FirstAsync(cancellationToken);
        var demodata = db.Journal.Aktor;
        db.Journal.Aktor = Application.Data.Aktor.Av(ingrid);
        await new Application.Features.Saker.RettsligHold.Handler(db, ingrid, clock)
            .Handle(new() { Saksnummer = holdes, Sett = true, Grunn = "Skyldneren har saksøkt kreditor for urettmessig innkreving (Oslo tingrett); dokumentene må bevares til saken er avgjort." }, cancellationToken);
        db.Journal.Aktor = demodata;
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, kreditorer.Count, DemoBrukere.Alle.Count, AntallSaker);
    }

    /// <summary>
    /// Letters (issue 18): five of the portal creditor's new begjæringer are taken through the caseworker's own
    /// commands, so each orders the letters its steps call for, as in production: one accepted (a receipt to the
    /// creditor), one warned of its utleggsforretning (the debtor reads nynorsk), one with utleggspant in a car, one
    /// ended with intet til utlegg (the debtor's address is protected, so the creditor's copy leaves it out), one
    /// rejected. The outbox's worker prints and delivers them through the digital post's simulator within half a
    /// minute of the app's start, beside the trekkpålegg of every running trekk.
    /// </summary>
    private async Task SeedBrevAsync(Demobruker saksbehandler, Kreditor portalkreditor, DateOnly today, CancellationToken cancellationToken)
    {
        var nye = await db.Saker.Where(s => s.Stadium == Saksstadium.BegjaringMottatt && s.KreditorId == portalkreditor.Id && s.Type == Begjaringstype.Utlegg)
            .OrderBy(s => s.Saksnummer).ToListAsync(cancellationToken);
        // The first four the caseworker can accept (acceptance checks the grunnlag again, and refuses one that is not
        // tvangskraftig); the next one is rejected by hand.
        var godta = new Application.Features.Saker.GjorHandling.Handler(db, saksbehandler, clock);
        var gyldige = new List<Sak>();
        foreach (var sak in nye)
        {
            if (gyldige.Count == 4)
            {
                gyldige.Add(sak);
                break;
            }

            if ((await godta.Handle(new() { Saksnummer = sak.Saksnummer, Handling = Handling.GodtaBegjaring }, cancellationToken)).Stadium == Saksstadium.Godtatt)
            {
                gyldige.Add(sak);
            }
        }

        if (gyldige.Count < 5)
        {
            return;
        }

        var nynorsk = await db.Skyldnere.SingleAsync(d => d.Id == gyldige[1].SkyldnerId, cancellationToken);
        nynorsk.SettMalform(Malform.Nynorsk);
        await new Application.Features.Utlegg.SendVarsel.Handler(db, saksbehandler, clock).Handle(new()
        {
            Saksnummer = gyldige[1].Saksnummer,
            Dato = Utleggsforretningsdag(today),
            Klokkeslett = "10:00",
            Sted = "Namsmannen i Oslo, Grønlandsleiret 44",
        }, cancellationToken);

        var forretning = new Application.Features.Utlegg.HoldUtleggsforretning.Handler(db, saksbehandler, clock, Satser);
        const string UtenVarsel = "Skyldneren møtte opp selv og ba om at forretningen ble holdt straks.";
        await forretning.Handle(new()
        {
            Saksnummer = gyldige[2].Saksnummer,
            Utfall = Application.Features.Utlegg.HoldUtleggsforretning.Pant,
            Formuesgoder = [new("kjoretoy", "Toyota Corolla 2017, DK 48213", 96_000m, TaUtleggspant: true), new("innbo", "Vanlig innbo", 15_000m)],
            UtenVarsel = UtenVarsel,
        }, cancellationToken);

        var fortrolig = await db.Skyldnere.SingleAsync(d => d.Id == gyldige[3].SkyldnerId, cancellationToken);
        fortrolig.SettFortroligAdresse(true);
        await forretning.Handle(new() { Saksnummer = gyldige[3].Saksnummer, Utfall = Application.Features.Utlegg.HoldUtleggsforretning.Intet, UtenVarsel = UtenVarsel }, cancellationToken);

        await godta.Handle(new()
        {
            Saksnummer = gyldige[4].Saksnummer,
            Handling = Handling.AvvisBegjaring,
            Begrunnelse = "Skriftstykket viser ikke kravets størrelse (tvangsfullbyrdelsesloven § 7-2 f). Send en ny begjæring med et skriftstykke som viser kravet.",
        }, cancellationToken);
    }

    /// <summary>The earliest day a varsel sent today may fix the utleggsforretning for (§ 7-10), as the caseworker's form offers it.</summary>
    private static DateOnly Utleggsforretningsdag(DateOnly today) => Sak.TidligsteUtleggsforretning(today);

    /// <summary>
    /// The running trekk (issue 17): every decided trekk gets its order (version 1) as a decision in production does;
    /// the demo employer (<see cref="Arbeidsgiver"/>) gets its key. The portal creditor's trekk have their months'
    /// remittances reported, except one month of one case, which the follow-up turns into a task; one order has a new
    /// amount from next month (ENDRET) and one case is paid in full, so its order is STOPPET. The new-regime orders are
    /// handed over to the coordinated trekk's local simulator, whose coverage is booked on the cases.
    /// </summary>
    private async Task SeedTrekkAsync(Kreditor portalkreditor, DateOnly today, CancellationToken cancellationToken)
    {
        db.ArbeidsgiverNokler.Add(Application.Features.Trekkordning.Arbeidsgivernokler.NyRad(
            Arbeidsgiver, "Demo Arbeidsgiver AS (lønnssystem)", DemoBrukere.ArbeidsgiverNokkelPrefiks, Application.Features.Portal.ApiNokkelformat.Hash(DemoBrukere.ArbeidsgiverNokkel), clock.GetUtcNow(), "Demodata"));
        var trekk = await db.Trekk.OrderBy(t => t.Vedtatt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var palegg = new List<(Sak Sak, Domain.Trekkordning.Trekkpalegg Palegg)>();
        foreach (var t in trekk)
        {
            var sak = await Application.Features.Saker.SakOppslag.HentMedIdAsync(db, t.SakId, cancellationToken);
            palegg.Add((sak, await Application.Features.Trekkordning.Trekkpaleggene.VedtaAsync(db, sak, t, Application.Features.Trekkordning.Samordningskonto.Simulator, cancellationToken)));
        }

        await db.SaveChangesAsync(cancellationToken);
        var kreditor = new Demobruker(null, portalkreditor.Navn, Roller.Kreditor) { KreditorId = portalkreditor.Id };
        var mangler = false;
        // Old-regime remittances are reported by the creditor; new-regime ones come as coverage from the coordinated trekk (below).
        foreach (var (sak, p) in palegg.Where(x => x.Sak.KreditorId == portalkreditor.Id && x.Palegg.Regime == Domain.Trekkordning.Trekkregime.Direkte))
        {
            for (var m = Domain.Trekkordning.Trekkmaned.For(p.Gjeldende.FraDato); m.Lonnsdag(p.Lonnsdag).AddDays(3) < today && !sak.ErLukket; m = m.Neste)
            {
                if (p.Forventet(m) is not { } belop)
                {
                    continue;
                }

                if (!mangler && m.Oppfolgingsdag(p.Lonnsdag) < today)
                {
                    mangler = true;
                    continue;
                }

                var dag = m.Lonnsdag(p.Lonnsdag).AddDays(3);
                var innbetalt = Domain.Penger.Belop.Min(belop, sak.Konto.SaldoPa(dag, Satser).Saldo.Sum);
                await Application.Features.Trekkordning.Trekkinnbetalinger.RegistrerAsync(db, sak, m, innbetalt, dag, belop.Kroner, cancellationToken);
                Application.Features.Saker.RegistrerBetaling.Bokfor(db, sak, innbetalt, dag, Satser, clock, kreditor);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        // One order with a new amount from next month (a documented change), one case paid in full (its order stops).
        if (palegg.FirstOrDefault(x => !x.Sak.ErLukket && !x.Palegg.ErStoppet) is { Sak: var endres } endring && endring.Palegg.Endre(endring.Palegg.Gjeldende.BelopPerManed - new Domain.Penger.Belop(1_000m), Domain.Trekkordning.Trekkmaned.For(today).Neste.Forste, "Skyldneren har dokumentert høyere boutgifter.", today) is { } ny)
        {
            endres.RegistrerTrekkversjon(endring.Palegg, ny);
        }

        if (palegg.LastOrDefault(x => !x.Sak.ErLukket && !x.Palegg.ErStoppet) is { Sak: var betales })
        {
            Application.Features.Saker.RegistrerBetaling.Bokfor(db, betales, betales.Konto.SaldoPa(today, Satser).Saldo.Sum, today, Satser, clock, kreditor);
        }

        await db.SaveChangesAsync(cancellationToken);
        // The new-regime orders go to the coordinated trekk (its local simulator, not Skatteetaten), which reports its
        // coverage by the kravkø; the employer of the debtor with the longest way to go did not pay one month, so the
        // follow-up finds it missing.
        var simulator = new Application.Features.Trekkordning.Samordning.SamordnetTrekkSimulator(db.Database.GetConnectionString()!, clock, TimeSpan.Zero);
        var personer = await db.Skyldnere.Where(k => k.Type == Domain.Parter.Skyldnertype.Person).Select(k => new { k.Id, k.Identifikator }).ToDictionaryAsync(k => k.Id, k => k.Identifikator, cancellationToken);
        if (palegg.Where(x => x.Sak.KreditorId == portalkreditor.Id && x.Palegg.Regime == Domain.Trekkordning.Trekkregime.Samordnet && !x.Palegg.ErStoppet && personer.ContainsKey(x.Sak.SkyldnerId))
                .OrderBy(x => x.Palegg.Gjeldende.BelopPerManed.Kroner / Math.Max(1m, x.Sak.Utestaende))
                .Select(x => (x.Sak, Maned: ForsteFulgteManed(x.Palegg, today))).FirstOrDefault(x => x.Maned is not null) is { Sak: { } uteblitt, Maned: { } maned })
        {
            await simulator.SimulerUteblittInnbetalingAsync(personer[uteblitt.SkyldnerId], maned, cancellationToken);
        }

        await new Application.Features.Trekkordning.Samordning.Samordningsutveksling.Handler(db, clock, Satser, simulator).Handle(new(), cancellationToken);
        await new Application.Features.Trekkordning.Trekkoppfolging.Handler(db, clock, Application.Features.Trekkordning.Samordningskonto.Simulator).Handle(new(), cancellationToken);
        db.Journal.Aktor = new Application.Data.Aktor(null, "Demodata");
        await SeedTestskyldnereAsync(cancellationToken);
    }

    /// <summary>
    /// The two test persons for «Min sak» (issue 19, <see cref="Testskyldnere"/>): the second asks for nynorsk, and both
    /// get the letter about their trekk their case would have had if it had been decided here, so «Min sak» shows a
    /// running trekk, its months and letters at once.
    /// </summary>
    private async Task SeedTestskyldnereAsync(CancellationToken cancellationToken)
    {
        var testpersoner = await Testskyldnere.FinnAsync(db, cancellationToken);
        foreach (var (fodselsnummer, _, _) in testpersoner)
        {
            var skyldner = await db.Skyldnere.SingleAsync(d => d.Identifikator == fodselsnummer, cancellationToken);
            if (fodselsnummer == testpersoner[^1].Fodselsnummer && testpersoner.Count > 1)
            {
                skyldner.SettMalform(Malform.Nynorsk);
            }

            foreach (var sak in await db.Saker.Where(s => s.SkyldnerId == skyldner.Id && s.Stadium == Saksstadium.Utleggstrekk).ToListAsync(cancellationToken))
            {
                var vedtatt = await db.Trekk.Where(t => t.SakId == sak.Id).Select(t => t.Vedtatt).FirstAsync(cancellationToken);
                sak.BrevFraHistorikk(Handling.TaUtleggstrekk, vedtatt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first month of <paramref name="palegg"/> whose remittance is followed up by <paramref name="today"/>, or null.</summary>
    private static Domain.Trekkordning.Trekkmaned? ForsteFulgteManed(Domain.Trekkordning.Trekkpalegg palegg, DateOnly today)
    {
        for (var m = Domain.Trekkordning.Trekkmaned.For(palegg.Gjeldende.FraDato); m.Oppfolgingsdag(palegg.Lonnsdag) < today; m = m.Neste)
        {
            if (palegg.Forventet(m) is not null)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// A case in utleggstrekk has its decision, calculated by the trekk rules from a plausible income, with its basis,
    /// its register entry and its betalingsanmerkning, so the case and the debtor's kravkø show a running trekk.
    /// </summary>
    private void LeggTilTrekk(Faker faker, Sak sak, DateOnly today)
    {
        var vedtatt = new[] { today, sak.Mottatt.AddDays(faker.Random.Int(20, 40)) }.Min();
        var grunnlag = new Application.Features.Beregninger.BeregnUtleggstrekk.Query
        {
            Dato = vedtatt,
            NettoInntektPerManed = Math.Round(faker.Random.Decimal(30_000m, 48_000m), 0),
            Sivilstand = Application.Features.Beregninger.BeregnUtleggstrekk.Enslig,
        };
        var beregning = Utleggstrekk.Beregn(Application.Features.Beregninger.BeregnUtleggstrekk.TilGrunnlag(grunnlag), Satser);
        var klasse = faker.Random.WeightedRandom([Kravklasse.AndreKrav, Kravklasse.SkattOgAvgifter], [0.8f, 0.2f]);
        sak.VedtaTrekk(Arbeidsgiver, beregning, System.Text.Json.JsonSerializer.Serialize(grunnlag), vedtatt, Utleggstrekk.TidligsteStart(vedtatt), Utleggstrekk.SenesteSlutt(vedtatt, klasse == Kravklasse.SkattOgAvgifter), klasse);
        sak.Registrer(Registerutfall.Utleggstrekk, vedtatt);
        sak.Registrer(Registerutfall.Betalingsanmerkning, vedtatt);
    }

    /// <summary>
    /// A plausible tvangsgrunnlag for the kind of begjæring, with a § 4-18 varsel sent in time. A few new begjæringer
    /// are deliberately not enforceable (the varsel was sent too late), so automatic rejection has something to show.
    /// </summary>
    internal static (Tvangsgrunnlag Grunnlag, DateOnly? Varsel) NyttGrunnlag(Faker faker, Begjaringstype type, DateOnly mottatt, bool ugyldig)
    {
        var varsel = mottatt.AddDays(-faker.Random.Int(20, 200));
        if (ugyldig)
        {
            varsel = mottatt.AddDays(-5);
        }

        var forfall = varsel.AddDays(-faker.Random.Int(10, 120));
        return type switch
        {
            Begjaringstype.Tvangssalg => (new Tvangsgrunnlag(Grunnlagstype.Avtalepant, Forfall: forfall), varsel),
            Begjaringstype.Tilbakelevering => (new Tvangsgrunnlag(Grunnlagstype.Salgspant, Forfall: forfall), varsel),
            _ when faker.Random.Int(0, 4) == 0 => (new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: mottatt.AddDays(-faker.Random.Int(45, 300))), ugyldig ? varsel : null),
            _ => (new Tvangsgrunnlag(faker.PickRandom(Grunnlagstype.Skriftstykke, Grunnlagstype.EksigibeltGjeldsbrev), Forfall: forfall), varsel),
        };
    }

    internal static Organisasjonsnummer NyttOrganisasjonsnummer(Faker faker)
    {
        while (true)
        {
            var candidate = Organisasjonsnummer.Create("9" + faker.Random.ReplaceNumbers("#######"));
            if (candidate is not null)
            {
                return candidate;
            }
        }
    }

    /// <summary>The demo debtor whose postnummer Posten's register does not have, so a case page shows the notice (issue 12, M2).</summary>
    internal const int UkjentPostnummer = 149;

    /// <summary>Posten's poststeder by postnummer, and the postnumre for street addresses in order.</summary>
    private static readonly Lazy<Dictionary<string, string>> Poststeder = new(() =>
        Application.Adresser.Postnummerkilde.Innebygd().Alle.Where(p => p.Kategori is 'G' or 'B').ToDictionary(p => p.Postnummer, p => p.Navn, StringComparer.Ordinal));

    private static readonly Lazy<string[]> Gatenumre = new(() => [.. Poststeder.Value.Keys.Order(StringComparer.Ordinal)]);

    /// <summary>
    /// A real postnummer and its poststed for a drawn number: the nearest street postnummer at or below it with the same
    /// office, else the nearest above, so a drawn number's office (and the demo's spread over offices) stays as drawn.
    /// </summary>
    private static (string Postnummer, string Poststed) Gateadresse(string trukket)
    {
        var kontor = Kontorinndeling.Finn(trukket);
        var numre = Gatenumre.Value;
        var i = Array.BinarySearch(numre, trukket, StringComparer.Ordinal);
        i = i >= 0 ? i : ~i - 1;
        var funnet = Enumerable.Range(0, i + 1).Select(n => i - n).Concat(Enumerable.Range(i + 1, numre.Length - i - 1))
            .Select(n => numre[n]).First(n => Kontorinndeling.Finn(n) == kontor);
        var navn = System.Globalization.CultureInfo.GetCultureInfo("nb-NO").TextInfo.ToTitleCase(Poststeder.Value[funnet].ToLowerInvariant());
        return (funnet, navn.Replace(" I ", " i ", StringComparison.Ordinal).Replace(" På ", " på ", StringComparison.Ordinal));
    }

    /// <summary>A debtor; <paramref name="iOslo"/> puts the address in the demo office's district (Oslo), otherwise anywhere in Norway.</summary>
    internal static Skyldner NySkyldner(Faker faker, int index, bool iOslo = false)
    {
        var adresse = faker.Address.StreetAddress();
        var trukket = iOslo ? faker.Random.Int(150, 1299).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) : faker.Random.ReplaceNumbers("####");
        // Drawn as before Posten's register was used, so every later draw, and so every demo case, stays as it was.
        _ = faker.Address.City();
        var (postnummer, poststed) = iOslo && index == UkjentPostnummer ? ("0999", "Oslo") : Gateadresse(trukket);
        if (index % 10 == 9)
        {
            var firma = $"{faker.Name.LastName()} {faker.PickRandom("Bygg", "Transport", "Handel", "Service", "Eiendom")} AS";
            return Skyldner.Virksomhet(faker.Random.Guid(), NyttOrganisasjonsnummer(faker), firma, adresse, postnummer, poststed);
        }

        while (true)
        {
            var fodselsdato = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1950, 1, 1), new DateTime(2005, 12, 31)));
            // Individnummer 500–749 belong to people born 1854–1899 or 2000–2039, 000–499 to 1900–1999.
            var individnummer = fodselsdato.Year >= 2000 ? faker.Random.Int(500, 749) : faker.Random.Int(0, 499);
            if (Fodselsnummer.Create(fodselsdato, individnummer) is { } fodselsnummer)
            {
                return Skyldner.Person(faker.Random.Guid(), fodselsnummer, faker.Name.FullName(), adresse, postnummer, poststed);
            }
        }
    }

    private static async Task Succeed(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data already present; not seeding again")]
    private static partial void LogAlreadySeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Creditors} creditors, {Users} users, {Cases} cases")]
    private static partial void LogSeeded(ILogger logger, int creditors, int users, int cases);

    /// <summary>Who the demo acts as when it does what the office does: a user of the Oslo office in a role, or the bank file (no role).</summary>
    private sealed record Demobruker(string? UserId, string Navn, string? Rolle) : Application.Common.ICurrentUser
    {
        public Guid? KreditorId { get; init; }

        public string? Kontor => KreditorId is null ? Kontorinndeling.Oslo.Kode : null;

        public bool IsInRole(string role) => role == Rolle;
    }
}
