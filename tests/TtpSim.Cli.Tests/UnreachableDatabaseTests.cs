using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// A database that cannot be had is one plain line and exit code 3, within a few seconds, and the
/// password in TTPSIM_CONNECTION never appears in what ttpsim prints.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class UnreachableDatabaseTests(PrivateServerFixture postgres)
{
    /// <summary>A password no message could contain by chance.</summary>
    private const string Canary = "Canary-Pw-7f3a9c";

    /// <summary>
    /// Generous for the 5 s default connect timeout plus starting the process on a busy machine, and
    /// well short of Npgsql's own 15 s default, which a missing default would fall back to.
    /// </summary>
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task A_closed_port_fails_at_once_in_one_line_with_exit_code_3()
    {
        var result = await StateWithAsync($"Host=127.0.0.1;Port={ClosedPort()};Username=ttpsim;Password={Canary};Database=ttpsim");

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        CliAssert.OnePlainLine(result.Error, Canary);
        Assert.Contains("cannot reach the database: Failed to connect to 127.0.0.1:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_within_a_few_seconds()
    {
        // Accepts connections (the kernel completes them) but never says a word, like a hung server.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var clock = Stopwatch.StartNew();
        var result = await StateWithAsync($"Host=127.0.0.1;Port={port};Username=ttpsim;Password={Canary};Database=ttpsim");
        clock.Stop();

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        CliAssert.OnePlainLine(result.Error, Canary);
        Assert.Contains("did not answer in time", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < FewSeconds, $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_one_line_that_does_not_repeat_it()
    {
        var wrong = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync("wrongpw")) { Password = Canary }.ConnectionString;

        var result = await StateWithAsync(wrong);

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        CliAssert.OnePlainLine(result.Error, Canary, postgres.Server.Password);
        Assert.Contains("28P01", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"Host=127.0.0.1;Port=not-a-port;Password={Canary}")]
    [InlineData($"Password={Canary};Host=127.0.0.1;NoSuchSetting=1")]
    [InlineData($"Host=127.0.0.1;Password='{Canary}")]
    public async Task A_connection_string_npgsql_cannot_read_is_one_line_without_the_password(string connection)
    {
        var result = await StateWithAsync(connection);

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        CliAssert.OnePlainLine(result.Error, Canary);
        Assert.Contains(DatabaseLocator.ConnectionVariable, result.Error, StringComparison.Ordinal);
    }

    private static Task<CliResult> StateWithAsync(string connection) =>
        CliProcess.RunAsync(FaultCollection.Environment(connection), "state", "--scenario", "baseline-2021-22", "--at", "2021-11-20");

    /// <summary>A port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
