using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class SakshendelseTidligere : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameColumn(
            name: "for",
            table: "saks_hendelser",
            newName: "tidligere");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameColumn(
            name: "tidligere",
            table: "saks_hendelser",
            newName: "for");
    }
}
