using System.Net;
using System.Net.Sockets;

namespace Namsmannen.Application.Tests.Infrastructure;

public enum PostgresKilde
{
    /// <summary>The server in <c>NAMSMANNEN_TEST_DATABASE</c>.</summary>
    Konfigurert,

    /// <summary>A <c>postgres:17</c> container started by Testcontainers, when a Docker engine answers.</summary>
    Container,

    /// <summary>A throwaway cluster from this machine's PostgreSQL binaries (the embedded default).</summary>
    Innebygd,
}

/// <summary>
/// Which PostgreSQL the tests use, decided once per test run: a configured server, else a container when a Docker
/// engine answers <c>GET /_ping</c> (at <c>DOCKER_HOST</c> or the default socket), else the embedded cluster
/// (docs/decisions/0004-postgresql-for-the-tests.md).
/// </summary>
public sealed record PostgresValg(PostgresKilde Kilde, string Beskrivelse)
{
    public const string Bilde = "postgres:17";

    public static readonly Uri StandardSokkel = new("unix:///var/run/docker.sock");

    public static PostgresValg Velg(string? konfigurert, string? dockerHost, TimeSpan tidsavbrudd)
    {
        if (!string.IsNullOrWhiteSpace(konfigurert))
        {
            return new(PostgresKilde.Konfigurert, "the server in NAMSMANNEN_TEST_DATABASE");
        }

        var motor = string.IsNullOrWhiteSpace(dockerHost) ? StandardSokkel : new Uri(dockerHost);
        return DockerSvarer(motor, tidsavbrudd)
            ? new(PostgresKilde.Container, $"a {Bilde} container (Testcontainers); a Docker engine answers at {motor}")
            : new(PostgresKilde.Innebygd, $"a throwaway cluster from this machine's PostgreSQL binaries; no Docker engine answers at {motor}");
    }

    /// <summary>True when a Docker engine at <paramref name="motor"/> (unix:// or tcp://) answers its ping with OK.</summary>
    public static bool DockerSvarer(Uri motor, TimeSpan tidsavbrudd)
    {
        if (motor.Scheme is not ("unix" or "tcp"))
        {
            return false;
        }

        using var handler = new SocketsHttpHandler
        {
            ConnectTimeout = tidsavbrudd,
            ConnectCallback = async (_, cancellationToken) =>
            {
                var (socket, endepunkt) = motor.Scheme == "unix"
                    ? (new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified), (EndPoint)new UnixDomainSocketEndPoint(motor.AbsolutePath))
                    : (new Socket(SocketType.Stream, ProtocolType.Tcp), new DnsEndPoint(motor.Host, motor.Port));
                try
                {
                    await socket.ConnectAsync(endepunkt, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        using var http = new HttpClient(handler) { Timeout = tidsavbrudd };
        try
        {
            using var svar = http.GetAsync("http://docker/_ping").GetAwaiter().GetResult();
            return svar.StatusCode == HttpStatusCode.OK && svar.Content.ReadAsStringAsync().GetAwaiter().GetResult().Trim() == "OK";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException or IOException)
        {
            return false;
        }
    }
}
