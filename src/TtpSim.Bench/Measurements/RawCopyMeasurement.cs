using Npgsql;
using NpgsqlTypes;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The physical limit of appending: Npgsql's binary COPY of the very rows Marten stores (same JSON bodies,
/// same columns) into a scratch table shaped like mt_events (its columns, defaults and indexes; not its foreign
/// key to mt_streams). The rows are serialised before the clock starts: this is what the database and the wire
/// can take, with nothing of TtpSim's or Marten's own work.
/// </summary>
public static class RawCopyMeasurement
{
    private static readonly string[] Columns = ["seq_id", "id", "stream_id", "version", "data", "type", "timestamp", "tenant_id", "mt_dotnet_type", "is_archived"];

    public static async Task<Rate> RunAsync(string connectionString, string sourceSchema, string scratchSchema, StoredRows rows, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var present = await ColumnsOfAsync(connection, sourceSchema, cancellation);
        var written = Columns.Where(present.Contains).ToArray();
        await ExecuteAsync(connection, $"create schema if not exists {scratchSchema}; drop table if exists {scratchSchema}.mt_events; "
            + $"create table {scratchSchema}.mt_events (like {sourceSchema}.mt_events including defaults including constraints including indexes)", cancellation);

        var ids = rows.Rows.Select(_ => Guid.NewGuid()).ToArray();
        var now = DateTimeOffset.UtcNow;
        var elapsed = await Timed.ElapsedAsync(async () =>
        {
            await using var import = await connection.BeginBinaryImportAsync(
                $"copy {scratchSchema}.mt_events ({string.Join(", ", written)}) from stdin (format binary)", cancellation);
            for (var i = 0; i < rows.Rows.Count; i++)
            {
                var (json, type, dotNetType) = rows.Rows[i];
                await import.StartRowAsync(cancellation);
                foreach (var column in written)
                {
                    await (column switch
                    {
                        "seq_id" => import.WriteAsync((long)i + 1, NpgsqlDbType.Bigint, cancellation),
                        "id" => import.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellation),
                        "stream_id" => import.WriteAsync("bench-raw-copy", NpgsqlDbType.Varchar, cancellation),
                        "version" => import.WriteAsync((long)i + 1, NpgsqlDbType.Bigint, cancellation),
                        "data" => import.WriteAsync(json, NpgsqlDbType.Jsonb, cancellation),
                        "type" => import.WriteAsync(type, NpgsqlDbType.Varchar, cancellation),
                        "timestamp" => import.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellation),
                        "tenant_id" => import.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar, cancellation),
                        "mt_dotnet_type" => import.WriteAsync(dotNetType, NpgsqlDbType.Varchar, cancellation),
                        _ => import.WriteAsync(false, NpgsqlDbType.Boolean, cancellation),
                    });
                }
            }

            await import.CompleteAsync(cancellation);
        });
        return Rate.Of(rows.Rows.Count, elapsed);
    }

    private static async Task<HashSet<string>> ColumnsOfAsync(NpgsqlConnection connection, string schema, CancellationToken cancellation)
    {
        await using var query = new NpgsqlCommand("select column_name from information_schema.columns where table_schema = @schema and table_name = 'mt_events'", connection);
        query.Parameters.AddWithValue("schema", schema);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await query.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
