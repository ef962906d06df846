using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// The legal corrections of issue 11: a case remembers its tilbakelevering (the klage month runs from the letter, and a
/// klage on the valuation needs the value), and a register entry records the day its deletion notice was asked for.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261202090000_Lovrettinger")]
public sealed class Lovrettinger : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(name: "tilbakelevert", table: "saker", type: "date", nullable: true);
        migrationBuilder.AddColumn<decimal>(name: "tilbakelevering_verdi", table: "saker", type: "numeric(14,2)", precision: 14, scale: 2, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "slettemelding_sendt", table: "registreringer", type: "date", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "slettemelding_sendt", table: "registreringer");
        migrationBuilder.DropColumn(name: "tilbakelevering_verdi", table: "saker");
        migrationBuilder.DropColumn(name: "tilbakelevert", table: "saker");
    }
}
