using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Satser;
using Npgsql;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// Rate rows a test needs to be in force today, when it tests something else than a missing rate (readiness is
/// degraded while one is missing, issue 20): each table that has no row for today gets its newest row repeated from
/// the day it lapses, as a confirmed row, and the app reads its rates again.
/// </summary>
public static class Satsdata
{
    public static async Task SatserForIDagAsync(this AppFactory app)
    {
        var register = app.Services.GetRequiredService<Satsregister>();
        var idag = Oslotid.IDag(TimeProvider.System);
        await using var tilkobling = new NpgsqlConnection(app.ConnectionString);
        await tilkobling.OpenAsync();
        for (var satser = register.Hent(); ; satser = Les(register))
        {
            var mangler = new (string Kode, Satstabell<decimal> Tabell)[] { ("rettsgebyr", satser.Rettsgebyr), ("grunnbelop", satser.Grunnbelop), ("forsinkelsesrente", satser.Forsinkelsesrente) }
                .Where(t => t.Tabell.Finn(idag).Status == SatsStatus.Mangler).ToList();
            if (mangler.Count == 0)
            {
                return;
            }

            foreach (var (kode, tabell) in mangler)
            {
                await using var kommando = new NpgsqlCommand(
                    """
                    INSERT INTO satsrader (tabell, fra, verdi, kilde, avledet, status, foreslatt_av_navn, foreslatt, behandlet_av_navn, behandlet)
                    SELECT tabell, @fra, verdi, 'Testdata: forrige rad gjentatt', false, 'Gjeldende', 'Test', now(), 'Test', now()
                    FROM satsrader WHERE tabell = @tabell AND status = 'Gjeldende' AND erstattet_av IS NULL ORDER BY fra DESC LIMIT 1
                    """, tilkobling);
                kommando.Parameters.AddWithValue("fra", tabell.Fornyes!.Value);
                kommando.Parameters.AddWithValue("tabell", kode);
                await kommando.ExecuteNonQueryAsync();
            }
        }
    }

    private static Satsbok Les(Satsregister register)
    {
        register.Glem();
        return register.Hent();
    }
}
