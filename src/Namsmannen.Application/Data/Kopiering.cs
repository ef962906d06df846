using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Application.Data;

/// <summary>What every binary COPY of the application shares: how it starts, missing values, and amounts as øre.</summary>
public static class Kopiering
{
    /// <summary>Starts a binary COPY with no 30-second limit: a volume load writes millions of rows in one.</summary>
    public static async Task<NpgsqlBinaryImporter> StartAsync(this NpgsqlConnection connection, string copy, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        importer.Timeout = TimeSpan.FromMinutes(30);
        return importer;
    }

    /// <summary>Kroner with at most two decimals (the domain has checked) as whole øre: exact, and far cheaper for Npgsql to send than numeric.</summary>
    public static long Ore(decimal kroner) => decimal.ToInt64(kroner * 100m);

    public static async Task SkrivAsync(this NpgsqlBinaryImporter copy, long? verdi, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (verdi is { } tall)
        {
            await copy.WriteAsync(tall, type, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    public static async Task SkrivAsync(this NpgsqlBinaryImporter copy, string? verdi, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (verdi is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(verdi, type, cancellationToken);
        }
    }

    public static async Task SkrivAsync(this NpgsqlBinaryImporter copy, DateOnly? verdi, CancellationToken cancellationToken)
    {
        if (verdi is { } dato)
        {
            await copy.WriteAsync(dato, NpgsqlDbType.Date, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }
}
