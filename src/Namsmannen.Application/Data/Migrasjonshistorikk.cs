using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace Namsmannen.Application.Data;

/// <summary>
/// EF's history table, with the column and key names it has always had ("MigrationId", "ProductVersion"). The naming
/// convention would otherwise snake_case them too, and every database migrated before issue 13 would look unmigrated
/// (a known gap: github.com/efcore/EFCore.NamingConventions/issues/1).
/// </summary>
#pragma warning disable EF1001 // NpgsqlHistoryRepository is the provider's own; EF's documented way to shape the table is to derive from it.
internal sealed class Migrasjonshistorikk(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        history.HasKey(h => h.MigrationId).HasName("PK___EFMigrationsHistory");
        history.Property(h => h.MigrationId).HasColumnName(nameof(HistoryRow.MigrationId));
        history.Property(h => h.ProductVersion).HasColumnName(nameof(HistoryRow.ProductVersion));
    }
}
#pragma warning restore EF1001
