using Npgsql;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>One value read straight from a database, for a test that looks past the app (a row, a replica's state).</summary>
public static class Databaseverdi
{
    public static async Task<T> SkalarAsync<T>(string tilkobling, string sql)
    {
        await using var forbindelse = new NpgsqlConnection(tilkobling);
        await forbindelse.OpenAsync();
        await using var kommando = new NpgsqlCommand(sql, forbindelse);
        return (T)(await kommando.ExecuteScalarAsync())!;
    }
}
