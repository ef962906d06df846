using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Satser;
using Namsmannen.Application.Satser;
using Namsmannen.Application.Tests.Features.Trekkordning;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Satser;

/// <summary>
/// Issue 20: a rate row takes effect only when a second administrator confirms it, a correction supersedes the row it
/// replaces, and the decisions made with the rows say which ones they used. A database of this class's own.
/// </summary>
public sealed class SatsradTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Per = TestUser.Admin("Per Aas") with { UserId = "admin-per" };
    private static readonly TestUser Eva = TestUser.Admin("Eva Strand") with { UserId = "admin-eva" };
    private static readonly DateOnly Juli = new(2026, 7, 1);

    private readonly Trekkbygger bygger = new(fixture);

    private static ForeslaSatsrad.Command Rente(decimal sats) => new()
    {
        Tabell = "forsinkelsesrente",
        Fra = Juli,
        Verdier = new() { ["sats"] = sats },
        Kilde = "Norges Bank: styringsrenten + 8 prosentpoeng",
        Avledet = true,
    };

    [Fact]
    public async Task Four_eyes_a_correction_supersedes_and_booked_interest_and_a_trekk_decision_name_their_rows()
    {
        var register = fixture.Services.GetRequiredService<Satsregister>();
        register.Hent().Forsinkelsesrente.Finn(Juli).Rad.ShouldBeNull("no row for the second half of 2026 yet");

        // Bad input is refused by field, and nothing is written.
        var feil = await Should.ThrowAsync<ValidationException>(() => fixture.SendAsync(Rente(12m) with { Fra = new DateOnly(2026, 8, 1), Verdier = new() { ["sats"] = 12.345m } }, Per));
        feil.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe(
        [
            ("Fra", "Forsinkelsesrenten gjelder fra 1. januar eller 1. juli."),
            ("Verdier[sats]", "Rentesatsen kan ha høyst 2 desimaler."),
        ], ignoreOrder: true);
        (await fixture.QueryAsync(db => db.Satsrader.CountAsync(r => r.Status == Satsradstatus.Foreslatt))).ShouldBe(0);

        // Only an administrator proposes a rate, also past the web layer's policy.
        (await Should.ThrowAsync<UnauthorizedAccessException>(() => fixture.SendAsync(Rente(12m), TestUser.Leder("OSLO", "Ingrid Solheim", "leder-1"))))
            .Message.ShouldBe("Bare administratorer kan foreslå satser.");
        var forste = (await fixture.SendAsync(Rente(12m), Per)).Id;
        (await Should.ThrowAsync<KonfliktException>(() => fixture.SendAsync(new BekreftSatsrad.Command(forste), Per)))
            .Message.ShouldBe("Du foreslo denne raden selv. En annen administrator må bekrefte den (fire øyne).");
        register.Hent().Forsinkelsesrente.Finn(Juli).Rad.ShouldBeNull("a proposal is not in force");
        await fixture.SendAsync(new BekreftSatsrad.Command(forste), Eva);
        register.Hent().Forsinkelsesrente.Finn(Juli).Rad!.Id.ShouldBe(forste);

        // A correction for the same date supersedes the row once a second administrator confirms it; the old row stays.
        var rettet = (await fixture.SendAsync(Rente(12.25m), Eva)).Id;
        (await fixture.SendAsync(new BekreftSatsrad.Command(rettet), Per)).Erstattet.ShouldBe(forste);
        var rader = await fixture.QueryAsync(db => db.Satsrader.AsNoTracking().Where(r => r.Tabell == "forsinkelsesrente" && r.Fra == Juli).OrderBy(r => r.Id).ToListAsync());
        rader.Select(r => (r.Id, r.Status, r.ErstattetAv, r.ForeslattAvNavn, r.BehandletAvNavn)).ShouldBe(
        [
            (forste, Satsradstatus.Gjeldende, (long?)rettet, "Per Aas", "Eva Strand"),
            (rettet, Satsradstatus.Gjeldende, null, "Eva Strand", "Per Aas"),
        ]);
        register.Hent().Forsinkelsesrente.Finn(Juli).Rad!.Verdi.ShouldBe(12.25m);
        (await fixture.QueryAsync(db => db.Administrasjonslogg.Where(h => h.Gjelder == $"satsrad:{forste}" || h.Gjelder == $"satsrad:{rettet}").OrderBy(h => h.Id).Select(h => h.Type).ToListAsync()))
            .ShouldBe(["SATSRAD_FORESLATT", "SATSRAD_BEKREFTET", "SATSRAD_FORESLATT", "SATSRAD_ERSTATTET", "SATSRAD_BEKREFTET"]);

        // A trekk decided now names the livsopphold row and the housing norm row it was calculated with.
        var dag = new DateOnly(2026, 11, 23);
        var (saksnummer, trekkId, _) = await bygger.TrekkAsync(fixture.Services, dag, dag, 20_000m);
        var satser = register.Hent();
        (await fixture.QueryAsync(db => db.Trekk.Where(t => t.Id == trekkId).Select(t => t.Satsrader).SingleAsync()))
            .ShouldBe([satser.Livsopphold.Finn(dag).Rad!.Id, satser.Boutgiftsnorm.Finn(dag).Rad!.Id]);

        // Interest booked with a payment names the forsinkelsesrente row of its period.
        var betalt = new DateOnly(2026, 12, 21);
        await bygger.PaAsync(fixture.Services, betalt, new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 100m, Dato = betalt }, Trekkbygger.Kari);
        var renter = await fixture.QueryAsync(db => db.Kontoposter.Where(p => p.Type == Domain.Penger.Posttype.Forsinkelsesrente)
            .Join(db.Saker.Where(s => s.Saksnummer == saksnummer), p => p.SakId, s => s.Id, (p, s) => p.SatsradId).ToListAsync());
        renter.ShouldNotBeEmpty();
        renter.ShouldAllBe(id => id == rettet);
    }
}
