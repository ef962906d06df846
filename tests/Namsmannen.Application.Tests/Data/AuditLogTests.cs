using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Application.Tests.Data;

public sealed class AuditLogTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_line()
    {
        var sakId = await TestData.SakAsync(fixture);
        var id = await fixture.QueryAsync(async db =>
        {
            var hendelse = new SaksHendelse
            {
                SakId = sakId,
                Tidspunkt = fixture.Clock.GetUtcNow(),
                UtfortAvNavn = "Kari Nordmann",
                Type = "TEST",
                Beskrivelse = "Opprinnelig tekst.",
            };
            db.SaksHendelser.Add(hendelse);
            await db.SaveChangesAsync();
            return hendelse.Id;
        });

        // The application's role has no right to change a line at all (issue 20) …
        var appUpdate = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync($"UPDATE saks_hendelser SET beskrivelse = 'Endret.' WHERE id = {id}"));
        appUpdate.MessageText.ShouldBe("permission denied for table saks_hendelser");
        var appDelete = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync($"DELETE FROM saks_hendelser WHERE id = {id}"));
        appDelete.MessageText.ShouldBe("permission denied for table saks_hendelser");
        // … nor to switch the guard off, or drop it.
        var disable = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync("ALTER TABLE saks_hendelser DISABLE TRIGGER saks_hendelser_kun_tillegg"));
        disable.MessageText.ShouldBe("must be owner of table saks_hendelser");
        var drop = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync("DROP TRIGGER saks_hendelser_kun_tillegg ON saks_hendelser"));
        drop.MessageText.ShouldBe("must be owner of relation saks_hendelser");

        // Even the schema's owner, who has the rights, is refused by the trigger.
        var eier = TestPostgres.EierConnectionString(fixture.DatabaseName);
        var update = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(eier, $"UPDATE saks_hendelser SET beskrivelse = 'Endret.' WHERE id = {id}"));
        update.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: UPDATE er ikke tillatt");
        var delete = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(eier, $"DELETE FROM saks_hendelser WHERE id = {id}"));
        delete.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: DELETE er ikke tillatt");
        var truncate = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(eier, "TRUNCATE saks_hendelser CASCADE"));
        truncate.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: TRUNCATE er ikke tillatt");
        // The tombstone the anonymisation writes is the anonymisation role's alone.
        var tombstone = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(eier, $"UPDATE saks_hendelser SET beskrivelse = '[anonymisert]', tidligere = NULL, etter = NULL WHERE id = {id}"));
        tombstone.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: UPDATE er ikke tillatt");

        var stored = await fixture.QueryAsync(db => db.SaksHendelser.AsNoTracking().SingleAsync(h => h.Id == id));
        stored.Beskrivelse.ShouldBe("Opprinnelig tekst.");
    }
}
