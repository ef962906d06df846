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

        var update = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync($"UPDATE saks_hendelser SET beskrivelse = 'Endret.' WHERE id = {id}"));
        update.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: UPDATE er ikke tillatt");
        var delete = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync($"DELETE FROM saks_hendelser WHERE id = {id}"));
        delete.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: DELETE er ikke tillatt");
        var truncate = await Should.ThrowAsync<PostgresException>(() => fixture.SqlAsync("TRUNCATE saks_hendelser CASCADE"));
        truncate.MessageText.ShouldBe("saks_hendelser er en revisjonslogg: TRUNCATE er ikke tillatt");

        var stored = await fixture.QueryAsync(db => db.SaksHendelser.AsNoTracking().SingleAsync(h => h.Id == id));
        stored.Beskrivelse.ShouldBe("Opprinnelig tekst.");
    }
}
