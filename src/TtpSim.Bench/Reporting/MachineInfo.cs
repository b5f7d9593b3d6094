using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace TtpSim.Bench.Reporting;

/// <summary>What the figures were measured on: a bench result means little without its machine and its load.</summary>
public sealed record MachineInfo(
    int Cores,
    double MemoryGb,
    string Os,
    string DotNet,
    string PostgreSql,
    string? GitCommit,
    DateTimeOffset StartedAt,
    double[] LoadAverageAtStart,
    double[]? LoadAverageAtEnd)
{
    public static async Task<MachineInfo> ReadAsync(string connectionString, CancellationToken cancellation) => new(
        Environment.ProcessorCount,
        Math.Round(MemoryKb() / 1024.0 / 1024.0, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        await PostgresVersionAsync(connectionString, cancellation),
        ReadGitCommit(),
        DateTimeOffset.Now,
        LoadAverage(),
        null);

    public static double[] LoadAverage()
    {
        try
        {
            return [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static long MemoryKb()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["MemTotal:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static async Task<string> PostgresVersionAsync(string connectionString, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var version = new NpgsqlCommand("show server_version", connection);
        return (string?)await version.ExecuteScalarAsync(cancellation) ?? "unknown";
    }

    /// <summary>The commit of the working directory's repository, when there is one and git is installed.</summary>
    private static string? ReadGitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }

            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
