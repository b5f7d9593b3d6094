using Npgsql;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The schemas the bench writes to, all its own: the user's <c>ttpsim</c> schema is never read or written.
/// Each is dropped before use (a crashed earlier run may have left it) and after the run.
/// </summary>
public static class BenchSchemas
{
    /// <summary>TtpSim's own replay path, the projection rebuild, the raw read and the state queries.</summary>
    public const string Replay = "ttpsim_bench";

    /// <summary>Marten's bulk insert of the same events, kept apart so the rebuild sees each event once.</summary>
    public const string BulkInsert = "ttpsim_bench_bulk";

    /// <summary>The scratch copy of mt_events that raw COPY fills.</summary>
    public const string RawCopy = "ttpsim_bench_copy";

    /// <summary>The baseline, for the cold-start <c>state</c> processes.</summary>
    public const string ColdStart = "ttpsim_bench_cold";

    /// <summary>What the child <c>replay</c> process writes while its memory is watched.</summary>
    public const string PeakMemory = "ttpsim_bench_memory";

    /// <summary>The .jsonl replay path of the largest size.</summary>
    public const string JsonLines = "ttpsim_bench_jsonl";

    public static readonly IReadOnlyList<string> All = [Replay, BulkInsert, RawCopy, ColdStart, PeakMemory, JsonLines];

    public static async Task DropAsync(string connectionString, IEnumerable<string> schemas, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        foreach (var schema in schemas)
        {
            await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync(cancellation);
        }
    }
}
