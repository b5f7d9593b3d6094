using Npgsql;
using TtpSim.Storage.Database;

namespace TtpSim.Cli.Tests;

/// <summary>
/// The built tool run outside the repository, with neither TTPSIM_HOME nor TTPSIM_CONNECTION: its private
/// server lives under the user's data folder. Run as root (as CI runs), that folder is inside a home
/// closed to others, and the server itself runs as the postgres user, who must still reach its files.
/// </summary>
[Collection(FaultCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DefaultHomeTests : IAsyncLifetime
{
    private readonly string home = Directory.CreateTempSubdirectory("ttpsim-user-home-").FullName;

    private string Root => Path.Combine(home, ".local", "share", "ttpsim", "postgres");

    public Task InitializeAsync()
    {
        // As root's own home is: no one else may even pass through it. ~/.local/share is not made yet.
        File.SetUnixFileMode(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(Root, "password")))
        {
            var server = await PrivatePostgres.StartAsync(Root, durable: true);
            await server.StopAndDeleteAsync();
        }

        Directory.Delete(home, recursive: true);
    }

    [Fact]
    public async Task With_no_TTPSIM_HOME_the_server_starts_under_the_users_data_folder_even_in_a_closed_home()
    {
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string?>
            {
                [DatabaseLocator.ConnectionVariable] = null,
                [DatabaseLocator.HomeVariable] = null,
                ["XDG_DATA_HOME"] = null,
                ["HOME"] = home,
            },
            "state", "--scenario", "not-replayed", "--at", "2021-11-20");

        Assert.True(result.ExitCode == ExitCodes.NotFound, $"exit code {result.ExitCode}: {result.Error}");
        Assert.True(File.Exists(Path.Combine(Root, "password")), $"no password file under {Root}");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Root, "password")));
    }
}
