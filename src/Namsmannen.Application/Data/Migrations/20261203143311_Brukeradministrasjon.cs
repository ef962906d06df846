using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Brukeradministrasjon : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "deaktivert",
            table: "asp_net_users",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<bool>(
            name: "ma_bytte_passord",
            table: "asp_net_users",
            type: "boolean",
            nullable: false,
            defaultValue: false);

        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "sist_innlogget",
            table: "asp_net_users",
            type: "timestamp with time zone",
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "deaktivert",
            table: "asp_net_users");

        migrationBuilder.DropColumn(
            name: "ma_bytte_passord",
            table: "asp_net_users");

        migrationBuilder.DropColumn(
            name: "sist_innlogget",
            table: "asp_net_users");
    }
}
