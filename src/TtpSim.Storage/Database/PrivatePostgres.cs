using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace TtpSim.Storage.Database;

/// <summary>
/// A PostgreSQL server of TtpSim's own, made from the installed server binaries: initdb once into
/// <c>{root}/cluster</c>, started with pg_ctl on a free port on 127.0.0.1 only (no Unix socket), with a
/// generated password (scram-sha-256) kept in <c>{root}/password</c>, readable by its owner only.
/// The CLI keeps one running between calls; tests make a throw-away one.
/// Run as root, the server runs as the postgres user; when that user cannot reach root (the default
/// root under root's own home, closed to others), the cluster and its log go under that user's home.
/// </summary>
public sealed class PrivatePostgres
{
    public const string Superuser = "ttpsim";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private readonly string root;
    private readonly PostgresBinaries binaries;
    private readonly ServerUser? runAs;

    private PrivatePostgres(string root, PostgresBinaries binaries, ServerUser? runAs)
    {
        this.root = root;
        this.binaries = binaries;
        this.runAs = runAs;
        ServerDirectory = root;
    }

    public string Root => root;

    /// <summary>Where the server's own files are (the cluster, its log): <see cref="Root"/>, unless the server user cannot reach it.</summary>
    public string ServerDirectory { get; private set; }

    public string ClusterDirectory => Path.Combine(ServerDirectory, "cluster");

    public int Port { get; private set; }

    public string Password { get; private set; } = "";

    /// <summary>Starts the server in <paramref name="root"/> (creating it if needed) or finds it already running.</summary>
    /// <param name="durable">False for throw-away test servers: fsync off, which only matters if the machine itself crashes.</param>
    public static async Task<PrivatePostgres> StartAsync(string root, bool durable)
    {
        var binaries = PostgresBinaries.Find() ?? throw new DatabaseUnavailableException(PostgresBinaries.MissingMessage);
        var server = new PrivatePostgres(Path.GetFullPath(root), binaries, ServerUser.WhenRoot());
        Directory.CreateDirectory(server.root);
        server.ServerDirectory = await server.LocateServerDirectoryAsync();
        await server.EnsureInitialisedAsync();
        await server.EnsureRunningAsync(durable);
        return server;
    }

    public string ConnectionString(string database) => ConnectionString(Port, Password, database);

    /// <summary>
    /// The connection string of the server <see cref="StartAsync"/> last started in <paramref name="root"/>, from
    /// its saved port and password alone (no process run, nothing checked); null if it never started one there.
    /// </summary>
    public static string? SavedConnectionString(string root, string database)
    {
        var portFile = Path.Combine(root, "port");
        var passwordFile = Path.Combine(root, "password");
        if (!File.Exists(portFile) || !File.Exists(passwordFile)
            || !int.TryParse(File.ReadAllText(portFile), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        var password = File.ReadAllText(passwordFile).Trim();
        Secrets.Remember(password);
        return ConnectionString(port, password, database);
    }

    private static string ConnectionString(int port, string password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = Superuser,
        Password = password,
        Database = database,
        Pooling = true,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Stops the server; <paramref name="immediate"/> is a crash stop (no checkpoint), as fault tests need.</summary>
    public async Task StopAsync(bool immediate = false)
    {
        NpgsqlConnection.ClearAllPools();
        await RunToolAsync(binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", immediate ? "immediate" : "fast", "-w"]);
    }

    public async Task StopAndDeleteAsync()
    {
        await StopAsync();
        Directory.Delete(root, recursive: true);
        if (ServerDirectory != root)
        {
            Directory.Delete(ServerDirectory, recursive: true);
            var shared = Path.GetDirectoryName(ServerDirectory)!;
            if (!Directory.EnumerateFileSystemEntries(shared).Any())
            {
                Directory.Delete(shared);
            }
        }
    }

    /// <summary>
    /// Whether the server on the saved port lets us in with our password: the usual case, answered in a
    /// few milliseconds, where asking <c>pg_ctl status</c> through <c>runuser</c> takes hundreds.
    /// </summary>
    private async Task<bool> AcceptsConnectionsAsync()
    {
        // Logging in is the whole check, so the connection skips loading the server's type catalogue (a query of its own).
        var quick = new NpgsqlDataSourceBuilder(ConnectionString("postgres"));
        quick.ConnectionStringBuilder.Timeout = 2;
        quick.ConnectionStringBuilder.Pooling = false;
        quick.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        try
        {
            await using var source = quick.Build();
            await using var connection = await source.OpenConnectionAsync();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    public async Task<bool> IsRunningAsync() =>
        (await RunToolAsync(binaries.PgCtl, ["status", "-D", ClusterDirectory])).ExitCode == 0;

    /// <summary>Starts a stopped server again on the same port (after a fault test stopped it).</summary>
    public Task RestartAsync(bool durable) => EnsureRunningAsync(durable);

    /// <summary>
    /// Root, when the server user can reach it; otherwise a folder for this root in that user's home. A
    /// cluster made before stays where it is, so the choice is made once, when the cluster is made.
    /// </summary>
    private async Task<string> LocateServerDirectoryAsync()
    {
        if (runAs is null || HasCluster(root))
        {
            return root;
        }

        var inServerHome = Path.Combine(runAs.Home, "ttpsim", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..16]);
        if (HasCluster(inServerHome))
        {
            return inServerHome;
        }

        var reachable = await ProcessRunner.RunAsync("test", ["-x", root], runAs.Name, ToolTimeout);
        return reachable.ExitCode == 0 ? root : inServerHome;
    }

    private static bool HasCluster(string directory) => File.Exists(Path.Combine(directory, "cluster", "PG_VERSION"));

    private async Task EnsureInitialisedAsync()
    {
        var passwordFile = Path.Combine(root, "password");
        if (File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")) && File.Exists(passwordFile))
        {
            Password = (await File.ReadAllTextAsync(passwordFile)).Trim();
            Secrets.Remember(Password);
            return;
        }

        if (Directory.Exists(ClusterDirectory))
        {
            Directory.Delete(ClusterDirectory, recursive: true);
        }

        Password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Secrets.Remember(Password);
        await WriteSecretAsync(passwordFile, Password);

        if (ServerDirectory != root)
        {
            Directory.CreateDirectory(ServerDirectory);
            await GiveToServerUserAsync(ServerDirectory);
        }

        Directory.CreateDirectory(ClusterDirectory);
        var initPasswordFile = Path.Combine(ClusterDirectory + ".pwfile");
        await WriteSecretAsync(initPasswordFile, Password);
        try
        {
            await GiveToServerUserAsync(ClusterDirectory);
            await GiveToServerUserAsync(initPasswordFile);
            OwnerOnly(initPasswordFile, UnixFileMode.UserRead);
            var result = await RunToolAsync(binaries.InitDb,
            [
                "-D", ClusterDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={initPasswordFile}",
                "-E", "UTF8", "--no-locale", "--no-sync",
            ]);
            if (result.ExitCode != 0)
            {
                throw new DatabaseUnavailableException($"initdb failed in {ClusterDirectory}: {LastLine(result.Output)}");
            }
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    private async Task EnsureRunningAsync(bool durable)
    {
        var portFile = Path.Combine(root, "port");
        if (File.Exists(portFile) && int.TryParse(await File.ReadAllTextAsync(portFile), out var savedPort))
        {
            Port = savedPort;
            if (await AcceptsConnectionsAsync() || await IsRunningAsync())
            {
                return;
            }
        }

        if (Port == 0 || !IsFree(Port))
        {
            Port = FreePort();
        }

        var logDirectory = Path.Combine(ServerDirectory, "log");
        Directory.CreateDirectory(logDirectory);
        await GiveToServerUserAsync(logDirectory);
        var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=50"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        var result = await RunToolAsync(binaries.PgCtl,
            ["start", "-D", ClusterDirectory, "-l", Path.Combine(logDirectory, "server.log"), "-w", "-t", "60", "-o", settings]);
        if (result.ExitCode != 0)
        {
            throw new DatabaseUnavailableException(
                $"PostgreSQL did not start on port {Port} (see {Path.Combine(logDirectory, "server.log")}): {LastLine(result.Output)}");
        }

        await File.WriteAllTextAsync(portFile, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task GiveToServerUserAsync(string path)
    {
        if (runAs is null)
        {
            return;
        }

        var result = await ProcessRunner.RunAsync("chown", ["-R", $"{runAs.Name}:", path], null, ToolTimeout);
        if (result.ExitCode != 0)
        {
            throw new DatabaseUnavailableException($"could not give {path} to user {runAs.Name}: {LastLine(result.Output)}");
        }
    }

    private Task<ProcessResult> RunToolAsync(string tool, IEnumerable<string> arguments) =>
        ProcessRunner.RunAsync(tool, arguments, runAs?.Name, ToolTimeout);

    /// <summary>Writes a file that only its owner can read, from its first byte: never readable by others, even briefly.</summary>
    private static async Task WriteSecretAsync(string path, string secret)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // No byte-order mark: initdb reads the password file byte for byte.
        await using var file = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        await file.WriteAsync(secret);
    }

    private static void OwnerOnly(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
