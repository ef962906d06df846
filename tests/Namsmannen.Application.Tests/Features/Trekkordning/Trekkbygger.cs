using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Tests.Features.Trekkordning;

/// <summary>Decided utleggstrekk for the trekk tests, made through the app's own commands on a chosen day.</summary>
public sealed class Trekkbygger(DatabaseFixture fixture)
{
    public static readonly TestUser Kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann");

    public static DateTimeOffset Kl9(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    public async Task<(string Saksnummer, Guid TrekkId, string Orgnr)> TrekkAsync(IServiceProvider app, DateOnly vedtatt, DateOnly beregnetFor, decimal netto, Guid? skyldnerId = null, Kravklasse klasse = Kravklasse.AndreKrav)
    {
        using var _ = fixture.StillKlokken(Kl9(vedtatt));
        var kreditorId = await TestData.KreditorAsync(fixture);
        var id = await TestData.SakAsync(fixture, kreditorId, skyldnerId: skyldnerId);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        var orgnr = TestData.Organisasjonsnummer().Verdi;
        await Brukervalg.SendAsync(app, new GjorHandling.Command { Saksnummer = saksnummer, Handling = Domain.Saker.Handling.GodtaBegjaring }, Kari);
        await Brukervalg.SendAsync(app, new TaUtleggstrekk.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = saksnummer,
            ArbeidsgiverOrgnr = orgnr,
            Kravklasse = TaUtleggstrekk.Klasser.Single(k => k.Value == klasse).Key,
            Start = Domain.Regler.Utleggstrekk.TidligsteStart(vedtatt),
            Beregning = new BeregnUtleggstrekk.Query { Dato = beregnetFor, NettoInntektPerManed = netto, Sivilstand = BeregnUtleggstrekk.Enslig },
        }, Kari);
        var trekkId = await fixture.QueryAsync(db => db.Trekkpalegg.Where(t => t.SakId == id).Select(t => t.Id).SingleAsync());
        return (saksnummer, trekkId, orgnr);
    }

    public async Task<T> PaAsync<T>(IServiceProvider app, DateOnly dag, MediatR.IRequest<T> request, Namsmannen.Application.Common.ICurrentUser? som = null)
    {
        using var _ = fixture.StillKlokken(Kl9(dag));
        return await Brukervalg.SendAsync(app, request, som);
    }
}
