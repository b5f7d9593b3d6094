using System.Globalization;
using Npgsql;
using TtpSim.Storage.Database;

namespace TtpSim.Cli.Tests;

/// <summary>
/// The private server that ./ttpsim starts when TTPSIM_CONNECTION is not set, examined from outside:
/// what it listens on, how it lets clients in, and where its password is (and is not) to be found.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class PrivateServerSecurityTests(PrivateServerSecurityTests.CliStartedServer started) : IClassFixture<PrivateServerSecurityTests.CliStartedServer>
{
    private readonly PrivatePostgres server = started.Server;
    private readonly (int ExitCode, string Output, string Error) firstRun = started.FirstRun;

    /// <summary>The server as ./ttpsim leaves it, made once for all these tests and deleted after them.</summary>
    public sealed class CliStartedServer : IAsyncLifetime
    {
        private readonly string home = Path.Combine(Path.GetTempPath(), $"ttpsim-home-{Guid.NewGuid():N}");

        public PrivatePostgres Server { get; private set; } = null!;

        public (int ExitCode, string Output, string Error) FirstRun { get; private set; }

        public async Task InitializeAsync()
        {
            // The CLI's own path: it creates, starts and leaves running the server under TTPSIM_HOME.
            var run = await CliProcess.RunAsync(
                new Dictionary<string, string?> { [DatabaseLocator.ConnectionVariable] = null, [DatabaseLocator.HomeVariable] = home },
                "state", "--scenario", "not-replayed", "--at", "2021-11-20");
            FirstRun = (run.ExitCode, run.Output, run.Error);

            // Finds the server the CLI left running (it is reused between runs), so the tests can examine and stop it.
            Server = await PrivatePostgres.StartAsync(Path.Combine(home, "postgres"), durable: true);
        }

        public async Task DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            if (Server is not null)
            {
                await Server.StopAndDeleteAsync();
            }

            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    [Fact]
    public void The_cli_started_it_and_got_as_far_as_asking_for_the_scenario() =>
        Assert.True(firstRun.ExitCode == ExitCodes.NotFound, $"exit code {firstRun.ExitCode}: {firstRun.Error}");

    [Fact]
    public async Task It_listens_on_127_0_0_1_only_and_has_no_unix_socket()
    {
        Assert.Equal(["127.0.0.1"], ListeningAddresses(server.Port));
        Assert.Equal("127.0.0.1", await ShowAsync("listen_addresses"));
        Assert.Equal("", await ShowAsync("unix_socket_directories"));
    }

    [Fact]
    public async Task Every_way_in_needs_a_scram_password()
    {
        await using var connection = await OpenAsync(server.ConnectionString("ttpsim"));
        await using var rules = new NpgsqlCommand("select distinct auth_method from pg_hba_file_rules", connection);
        var methods = new List<string>();
        await using (var reader = await rules.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                methods.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["scram-sha-256"], methods);
    }

    [Fact]
    public async Task Without_the_password_no_one_gets_in()
    {
        var noPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString("ttpsim")) { Password = null, Pooling = false }.ConnectionString;
        var wrongPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString("ttpsim")) { Password = "guess", Pooling = false }.ConnectionString;
        var otherUser = new NpgsqlConnectionStringBuilder(server.ConnectionString("ttpsim")) { Username = "postgres", Password = null, Pooling = false }.ConnectionString;

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(noPassword));
        var wrong = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(wrongPassword));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, wrong.SqlState);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(otherUser));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Its_password_file_is_readable_by_its_owner_only_and_the_cluster_by_the_server_only()
    {
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(server.Root, "password")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(server.ClusterDirectory));
        Assert.False(File.Exists(server.ClusterDirectory + ".pwfile"), "initdb's copy of the password was left behind");
    }

    [Fact]
    public async Task Its_password_is_in_no_output_log_or_command_line()
    {
        // A refused login is what a server log would most likely echo a password for.
        var wrongPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString("ttpsim")) { Password = "Canary-Pw-0c1d", Pooling = false }.ConnectionString;
        await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(wrongPassword));

        Assert.DoesNotContain(server.Password, firstRun.Output + firstRun.Error, StringComparison.Ordinal);
        foreach (var log in Directory.EnumerateFiles(Path.Combine(server.Root, "log")))
        {
            var text = await ReadSharedAsync(log);
            Assert.DoesNotContain(server.Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Canary-Pw-0c1d", text, StringComparison.Ordinal);
        }

        foreach (var commandLine in Directory.EnumerateDirectories("/proc").Select(p => Path.Combine(p, "cmdline")))
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(commandLine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the process ended while we looked, or is not ours to read
            }

            Assert.DoesNotContain(server.Password, text, StringComparison.Ordinal);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<string> ShowAsync(string setting)
    {
        await using var connection = await OpenAsync(server.ConnectionString("ttpsim"));
        await using var command = new NpgsqlCommand($"show {setting}", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        return await reader.ReadToEndAsync();
    }

    /// <summary>
    /// The addresses on which something listens on <paramref name="port"/>, from the kernel's own tables
    /// (/proc/net/tcp and tcp6), whatever the server's settings claim.
    /// </summary>
    internal static List<string> ListeningAddresses(int port)
    {
        const string listen = "0A";
        var addresses = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] == listen && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    addresses.Add(KernelAddress(local[0]));
                }
            }
        }

        return addresses;
    }

    /// <summary>The kernel writes each 32-bit word of an address in host (little-endian) byte order.</summary>
    private static string KernelAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new System.Net.IPAddress(bytes).ToString();
    }
}
