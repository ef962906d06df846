using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Satser;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Satser;
using Npgsql;

namespace Namsmannen.Application.Tests.Data;

/// <summary>Issue 20: the rate tables live in PostgreSQL, seeded from the data file, and a row is never changed or deleted.</summary>
public sealed class SatsregisterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public void The_migration_seeds_every_row_of_the_data_file_and_the_rules_read_the_same_rates_from_the_database()
    {
        var fil = SatsFil.Les();
        var db = fixture.Services.GetRequiredService<Satsregister>().Hent();

        Rader(db.Rettsgebyr).ShouldBe(Rader(fil.Rettsgebyr));
        Rader(db.Grunnbelop).ShouldBe(Rader(fil.Grunnbelop));
        Rader(db.Forsinkelsesrente).ShouldBe(Rader(fil.Forsinkelsesrente));
        Rader(db.Livsopphold).ShouldBe(Rader(fil.Livsopphold));
        Rader(db.Boutgiftsnorm).ShouldBe(Rader(fil.Boutgiftsnorm));
        db.Samvaer.Rader.Select(r => (r.Fra, string.Join(";", r.Verdi.Klasser.OrderBy(k => k.Key).Select(k => string.Join(",", k.Value))))).ShouldBe(
            fil.Samvaer.Rader.Select(r => (r.Fra, string.Join(";", r.Verdi.Klasser.OrderBy(k => k.Key).Select(k => string.Join(",", k.Value))))));
        foreach (var (steg, tabell) in fil.Gebyrmultiplikatorer)
        {
            Rader(db.Gebyrmultiplikatorer[steg]).ShouldBe(Rader(tabell));
        }

        db.Forsinkelsesrente.Rader.ShouldAllBe(r => r.Id > 0, "every row says which row it is, for the decisions that use it");
    }

    [Fact]
    public async Task A_rate_row_cannot_be_changed_or_deleted_in_the_database_only_superseded()
    {
        await using var tilkobling = new NpgsqlConnection(fixture.ConnectionString);
        await tilkobling.OpenAsync();
        foreach (var sql in new[]
        {
            "UPDATE satsrader SET verdi = '{\"sats\": 1}' WHERE tabell = 'forsinkelsesrente' AND fra = '2026-01-01'",
            "DELETE FROM satsrader WHERE tabell = 'forsinkelsesrente' AND fra = '2026-01-01'",
            "UPDATE satsrader SET status = 'Avvist' WHERE tabell = 'rettsgebyr' AND fra = '2026-01-01'",
            "INSERT INTO administrasjonslogg (tidspunkt, type, gjelder, beskrivelse, utfort_av_navn) VALUES (now(), 'TEST', 'test', 'test', 'Test'); DELETE FROM administrasjonslogg WHERE type = 'TEST'",
        })
        {
            await using var kommando = new NpgsqlCommand(sql, tilkobling);
            var feil = await Should.ThrowAsync<PostgresException>(() => kommando.ExecuteNonQueryAsync());
            feil.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }

        (await fixture.QueryAsync(db => db.Satsrader.Where(r => r.Tabell == "forsinkelsesrente" && r.Fra == new DateOnly(2026, 1, 1)).Select(r => r.Verdi).SingleAsync()))
            .ShouldBe("{\"sats\": 12.0}");
    }

    private static IEnumerable<(DateOnly, T, string, bool)> Rader<T>(Satstabell<T> tabell) => tabell.Rader.Select(r => (r.Fra, r.Verdi, r.Kilde, r.Avledet));
}
