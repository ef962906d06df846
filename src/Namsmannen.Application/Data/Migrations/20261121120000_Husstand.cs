using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>A debtor's documented household and income, so a trekk can be calculated from what is known.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121120000_Husstand")]
public sealed class Husstand : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>(name: "husstand_netto_inntekt", table: "skyldnere", type: "numeric(14,2)", precision: 14, scale: 2, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "husstand_gift_eller_samboer", table: "skyldnere", type: "boolean", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "husstand_partner_har_egen_inntekt", table: "skyldnere", type: "boolean", nullable: true);
        migrationBuilder.AddColumn<string>(name: "husstand_barn_alder", table: "skyldnere", type: "character varying(100)", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<decimal>(name: "husstand_boutgifter", table: "skyldnere", type: "numeric(14,2)", precision: 14, scale: 2, nullable: true);
        migrationBuilder.AddColumn<decimal>(name: "husstand_sarlige_utgifter", table: "skyldnere", type: "numeric(14,2)", precision: 14, scale: 2, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "husstand_dokumentert", table: "skyldnere", type: "date", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "husstand_dokumentert", "husstand_sarlige_utgifter", "husstand_boutgifter", "husstand_barn_alder", "husstand_partner_har_egen_inntekt", "husstand_gift_eller_samboer", "husstand_netto_inntekt" })
        {
            migrationBuilder.DropColumn(name: column, table: "skyldnere");
        }
    }
}
