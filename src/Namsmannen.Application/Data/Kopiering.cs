using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Application.Data;

/// <summary>Writing a value that may be missing into a binary COPY.</summary>
internal static class Kopiering
{
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
