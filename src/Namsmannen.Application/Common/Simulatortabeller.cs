using Npgsql;

namespace Namsmannen.Application.Common;

/// <summary>
/// The tables a local simulator keeps in the schema <c>simulator</c> of the app's database, made the first time the
/// simulator opens a connection (the schema is the app role's own, made by whoever set up the local database; see
/// <see cref="Data.Databaseroller.SimulatorskjemaSql"/>). An advisory lock keeps two simulators (or two app instances) from creating the
/// schema at once.
/// </summary>
public sealed class Simulatortabeller(string connectionString, string tabeller)
{
    private readonly SemaphoreSlim laas = new(1, 1);
    private bool opprettet;

    /// <summary>An open connection, with the simulator's tables made if they were not.</summary>
    public async Task<NpgsqlConnection> ApneAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!opprettet)
        {
            await laas.WaitAsync(cancellationToken);
            try
            {
                await using var command = new NpgsqlCommand(
                    $"BEGIN; SELECT pg_advisory_xact_lock(20261203); {Data.Databaseroller.SimulatorskjemaSql()} {tabeller} COMMIT;", connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
                opprettet = true;
            }
            finally
            {
                laas.Release();
            }
        }

        return connection;
    }
}
