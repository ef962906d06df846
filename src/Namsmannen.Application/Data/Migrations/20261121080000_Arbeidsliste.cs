using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>The caseworkers' queue: keyset-paging indexes on cases and trigram search on debtor names.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121080000_Arbeidsliste")]
public sealed class Arbeidsliste : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.CreateIndex("ix_saker_mottatt_saksnummer", "saker", ["mottatt", "saksnummer"]);
        migrationBuilder.CreateIndex("ix_saker_stadium_mottatt_saksnummer", "saker", ["stadium", "mottatt", "saksnummer"]);
        migrationBuilder.Sql("CREATE INDEX ix_skyldnere_navn_trgm ON skyldnere USING gin (navn gin_trgm_ops);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_skyldnere_navn_trgm", "skyldnere");
        migrationBuilder.DropIndex("ix_saker_stadium_mottatt_saksnummer", "saker");
        migrationBuilder.DropIndex("ix_saker_mottatt_saksnummer", "saker");
    }
}
