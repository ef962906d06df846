using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Namsmannen.Application.Data;
using Npgsql;

namespace Namsmannen.Hosting;

/// <summary>
/// A PostgreSQL cluster started from this machine's own binaries: the embedded default when no connection string
/// is configured. Loopback only, no Unix socket, password authentication, and run as the <c>postgres</c> user when
/// the process runs as root (PostgreSQL refuses to run as root).
/// </summary>
public sealed class LocalPostgres
{
    public const string Superuser = "namsmannen";

    private readonly string binDirectory;
    private readonly bool asPostgresUser;

    private LocalPostgres(string dataDirectory, int port, string password, string binDirectory)
    {
        DataDirectory = dataDirectory;
        Port = port;
        Password = password;
        this.binDirectory = binDirectory;
        asPostgresUser = Environment.UserName == "root";
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public string Password { get; }

    /// <summary>Starts (initialising if need be) the cluster in <paramref name="dataDirectory"/>, or reuses it if it already runs.</summary>
    public static LocalPostgres Start(string dataDirectory, int port, bool throwaway = false)
    {
        var bin = FindBinDirectory();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var passwordFile = dataDirectory + ".password";
        var asPostgres = Environment.UserName == "root";

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            Directory.CreateDirectory(dataDirectory);
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            File.WriteAllText(passwordFile, password);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var initPwFile = Path.Combine(dataDirectory, "..", $".initpw-{Guid.NewGuid():N}");
            File.WriteAllText(initPwFile, password);
            try
            {
                if (asPostgres)
                {
                    Run("chown", ["-R", "postgres:postgres", dataDirectory, initPwFile], asUser: false);
                }

                var cluster = new LocalPostgres(dataDirectory, port, password, bin);
                cluster.RunPg("initdb", ["-D", dataDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={Path.GetFullPath(initPwFile)}", "-E", "UTF8", "--locale=C.UTF-8"]);
            }
            finally
            {
                File.Delete(initPwFile);
            }

            var settings = new List<string>
            {
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 300",
                "shared_buffers = 256MB",
            };
            if (throwaway)
            {
                // A throwaway test cluster trades durability for speed; its data is deleted after the run.
                settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
            }

            File.AppendAllLines(Path.Combine(dataDirectory, "postgresql.conf"), settings);
        }

        var instance = new LocalPostgres(dataDirectory, port, File.ReadAllText(passwordFile).Trim(), bin);
        if (!instance.IsRunning())
        {
            var log = Path.Combine(dataDirectory, "server.log");
            if (instance.RunPg("pg_ctl", ["start", "-D", dataDirectory, "-w", "-t", "60", "-l", log, "-o", $"-p {port.ToString(CultureInfo.InvariantCulture)}"], throwOnError: false) != 0)
            {
                // Say why, from the server's own log: most often another PostgreSQL already listens on the port.
                var why = File.Exists(log) ? string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(4)) : "(no server log)";
                throw new InvalidOperationException(
                    $"Could not start the local PostgreSQL in {dataDirectory} on port {port}. Its log ends:{Environment.NewLine}{why}{Environment.NewLine}" +
                    $"If another program uses port {port}, stop it or choose another port (LocalPostgres:Port).");
            }
        }

        if (!File.Exists(Path.Combine(dataDirectory, "standby.signal")))
        {
            // The owner, application and anonymisation roles (docs/operations.md «Database roles»), with the cluster's password.
            Databaseroller.OpprettAsync(instance.ConnectionString(), instance.Password).GetAwaiter().GetResult();
        }

        return instance;
    }

    /// <summary>
    /// Starts a fresh cluster in a temporary folder on a free port, for one test run. The folder records the process
    /// that owns it; clusters whose owner is gone (the test platform may end a test host before its exit handlers run)
    /// are stopped and deleted here, at the start of the next run.
    /// </summary>
    public static LocalPostgres StartThrowaway()
    {
        RemoveAbandonedThrowaways();
        var directory = Path.Combine(Path.GetTempPath(), $"{ThrowawayPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Environment.UserName == "root")
        {
            Run("chown", ["postgres:postgres", directory], asUser: false);
        }

        return Start(Path.Combine(directory, "data"), FreePort(), throwaway: true);
    }

    /// <summary>
    /// A streaming standby of this cluster (issue 20: reads from a replica), in a throwaway folder on a free port:
    /// <c>pg_basebackup</c> with <c>-R</c> (a <c>standby.signal</c> and the primary's address), then started as a hot
    /// standby that replays the primary's WAL as it comes and refuses every write. Deleted like any throwaway cluster.
    /// </summary>
    public LocalPostgres StartStandby()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"{ThrowawayPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var data = Path.Combine(directory, "data");
        File.WriteAllText(data + ".password", Password);
        if (asPostgresUser)
        {
            Run("chown", ["-R", "postgres:postgres", directory], asUser: false);
        }

        var primar = $"host=127.0.0.1 port={Port.ToString(CultureInfo.InvariantCulture)} user={Superuser} password={Password} dbname=postgres";
        RunPg("pg_basebackup", ["-d", primar, "-D", data, "-R", "-X", "stream", "-c", "fast"]);
        return Start(data, FreePort(), throwaway: true);
    }

    private const string ThrowawayPrefix = "namsmannen-pg-";
    private const string OwnerFile = "owner.pid";

    private static void RemoveAbandonedThrowaways()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), ThrowawayPrefix + "*"))
        {
            try
            {
                var ownerFile = Path.Combine(directory, OwnerFile);
                if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var owner) && IsAlive(owner))
                {
                    continue; // another test process is using it right now
                }

                if (!File.Exists(ownerFile) && Directory.GetLastWriteTimeUtc(directory) > DateTime.UtcNow.AddMinutes(-10))
                {
                    continue; // just created by a process that has not written its owner file yet
                }

                var data = Path.Combine(directory, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    new LocalPostgres(data, 0, string.Empty, FindBinDirectory()).Stop("immediate");
                }

                Directory.Delete(directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Best effort: a folder that cannot be removed now is tried again by the next run.
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary><paramref name="database"/> as one of <see cref="Databaseroller"/>'s roles, which share the cluster's password.</summary>
    public string ConnectionString(string database, string rolle) => Databaseroller.Som(ConnectionString(database), rolle, Password);

    public bool IsRunning() => RunPg("pg_ctl", ["status", "-D", DataDirectory], throwOnError: false) == 0;

    /// <summary>Stops the cluster. "fast" rolls back open transactions and shuts down cleanly.</summary>
    public void Stop(string mode = "fast")
    {
        if (IsRunning())
        {
            RunPg("pg_ctl", ["stop", "-D", DataDirectory, "-m", mode, "-w", "-t", "60"], throwOnError: false);
        }
    }

    public void StopAndDelete()
    {
        Stop("immediate");
        var parent = Path.GetDirectoryName(DataDirectory)!;
        if (Path.GetFileName(parent).StartsWith(ThrowawayPrefix, StringComparison.Ordinal))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var dir in candidates.Concat(path))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "Fant ikke PostgreSQL (initdb og pg_ctl). Installer det med 'apt-get install postgresql', eller sett ConnectionStrings__Namsmannen.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private int RunPg(string tool, IReadOnlyList<string> arguments, bool throwOnError = true) =>
        Run(Path.Combine(binDirectory, tool), arguments, asPostgresUser, throwOnError);

    private static int Run(string file, IReadOnlyList<string> arguments, bool asUser, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(asUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Kunne ikke starte {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }

        return process.ExitCode;
    }
}
