using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class FordelingSendtTilbake : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "retur_begrunnelse",
            table: "fordelinger",
            type: "character varying(800)",
            maxLength: 800,
            nullable: true);

        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "returnert",
            table: "fordelinger",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "returnert_av_navn",
            table: "fordelinger",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "retur_begrunnelse",
            table: "fordelinger");

        migrationBuilder.DropColumn(
            name: "returnert",
            table: "fordelinger");

        migrationBuilder.DropColumn(
            name: "returnert_av_navn",
            table: "fordelinger");
    }
}
