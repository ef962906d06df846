using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// The choice between a configured server, a Testcontainers container and the embedded cluster. These machines have no
/// Docker engine, so a small fake engine on a socket answers the ping the way dockerd does (or does not).
/// </summary>
public sealed class PostgresValgTests
{
    private static readonly TimeSpan Kort = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_engine_answering_its_ping_on_a_unix_socket_selects_the_container()
    {
        await using var motor = FalskMotor.PaUnixSokkel("HTTP/1.1 200 OK", "OK");
        var valg = PostgresValg.Velg(konfigurert: null, dockerHost: motor.Adresse, Kort);
        valg.Kilde.ShouldBe(PostgresKilde.Container);
        valg.Beskrivelse.ShouldBe($"a postgres:17 container (Testcontainers); a Docker engine answers at {motor.Adresse}");
        motor.Forespursler.ShouldContain(f => f.StartsWith("GET /_ping HTTP/1.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_engine_on_tcp_in_DOCKER_HOST_selects_the_container()
    {
        await using var motor = FalskMotor.PaTcp("HTTP/1.1 200 OK", "OK");
        PostgresValg.Velg(null, motor.Adresse, Kort).Kilde.ShouldBe(PostgresKilde.Container);
    }

    [Fact]
    public void No_socket_selects_the_embedded_cluster_and_says_where_it_looked()
    {
        var sti = $"unix://{Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.sock";
        var valg = PostgresValg.Velg(null, sti, Kort);
        valg.Kilde.ShouldBe(PostgresKilde.Innebygd);
        valg.Beskrivelse.ShouldBe($"a throwaway cluster from this machine's PostgreSQL binaries; no Docker engine answers at {sti}");
    }

    [Fact]
    public async Task Something_else_on_the_socket_is_not_an_engine()
    {
        await using var motor = FalskMotor.PaUnixSokkel("HTTP/1.1 404 Not Found", "page not found");
        PostgresValg.Velg(null, motor.Adresse, Kort).Kilde.ShouldBe(PostgresKilde.Innebygd);
        await using var feilSvar = FalskMotor.PaUnixSokkel("HTTP/1.1 200 OK", "hello");
        PostgresValg.Velg(null, feilSvar.Adresse, Kort).Kilde.ShouldBe(PostgresKilde.Innebygd);
    }

    [Fact]
    public async Task A_configured_server_wins_over_an_engine()
    {
        await using var motor = FalskMotor.PaUnixSokkel("HTTP/1.1 200 OK", "OK");
        var valg = PostgresValg.Velg("Host=db.example;Username=test", motor.Adresse, Kort);
        valg.Kilde.ShouldBe(PostgresKilde.Konfigurert);
        motor.Forespursler.ShouldBeEmpty("a configured server needs no ping");
    }

    [Fact]
    public void Without_DOCKER_HOST_the_default_socket_is_asked()
    {
        var valg = PostgresValg.Velg(null, null, Kort);
        valg.Beskrivelse.ShouldEndWith("at unix:///var/run/docker.sock");
        // This run's own choice is the same rule applied to this machine's environment.
        var denneKjoringen = PostgresValg.Velg(Environment.GetEnvironmentVariable("NAMSMANNEN_TEST_DATABASE"), Environment.GetEnvironmentVariable("DOCKER_HOST"), Kort);
        TestPostgres.Valg.Kilde.ShouldBe(denneKjoringen.Kilde);
    }

    /// <summary>Answers every HTTP request on its socket with one fixed status line and body, and records the requests.</summary>
    private sealed class FalskMotor : IAsyncDisposable
    {
        private readonly Socket lytter;
        private readonly CancellationTokenSource stopp = new();
        private readonly Task lop;
        private readonly string? sti;

        private FalskMotor(Socket lytter, string adresse, string statuslinje, string kropp, string? sti)
        {
            this.lytter = lytter;
            this.sti = sti;
            Adresse = adresse;
            lop = Task.Run(() => SvarAsync(statuslinje, kropp));
        }

        public string Adresse { get; }

        public List<string> Forespursler { get; } = [];

        public static FalskMotor PaUnixSokkel(string statuslinje, string kropp)
        {
            var sti = Path.Combine(Path.GetTempPath(), $"motor-{Guid.NewGuid():N}.sock");
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(sti));
            socket.Listen();
            return new FalskMotor(socket, "unix://" + sti, statuslinje, kropp, sti);
        }

        public static FalskMotor PaTcp(string statuslinje, string kropp)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            socket.Listen();
            return new FalskMotor(socket, $"tcp://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}", statuslinje, kropp, null);
        }

        public async ValueTask DisposeAsync()
        {
            await stopp.CancelAsync();
            lytter.Dispose();
            await lop;
            stopp.Dispose();
            if (sti is not null)
            {
                File.Delete(sti);
            }
        }

        private async Task SvarAsync(string statuslinje, string kropp)
        {
            try
            {
                while (!stopp.IsCancellationRequested)
                {
                    using var klient = await lytter.AcceptAsync(stopp.Token);
                    var buffer = new byte[4096];
                    var lest = await klient.ReceiveAsync(buffer, SocketFlags.None, stopp.Token);
                    lock (Forespursler)
                    {
                        Forespursler.Add(Encoding.ASCII.GetString(buffer, 0, lest));
                    }

                    var svar = $"{statuslinje}\r\nContent-Type: text/plain\r\nContent-Length: {kropp.Length}\r\nConnection: close\r\n\r\n{kropp}";
                    await klient.SendAsync(Encoding.ASCII.GetBytes(svar), SocketFlags.None, stopp.Token);
                    klient.Shutdown(SocketShutdown.Both);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }
}
