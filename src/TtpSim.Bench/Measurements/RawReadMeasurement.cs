using Marten;
using Npgsql;
using TtpSim.Domain.Events;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// Reading the stream's rows back: an Npgsql reader over mt_events' <c>type</c> and <c>data</c> columns, each
/// body deserialised by Marten's own System.Text.Json serializer (the store's settings), with none of Marten's
/// event-fetch machinery. What a rebuild cannot do faster than.
/// </summary>
public static class RawReadMeasurement
{
    public static async Task<Rate> RunAsync(DocumentStore store, string connectionString, string schema, string streamKey, StoredRows names, CancellationToken cancellation)
    {
        var serializer = store.Options.Serializer();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var read = 0;
        var elapsed = await Timed.ElapsedAsync(async () =>
        {
            await using var query = new NpgsqlCommand($"select type, data from {schema}.mt_events where stream_id = @stream order by version", connection);
            query.Parameters.AddWithValue("stream", streamKey);
            await using var reader = await query.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                var type = names.TypesByName[reader.GetString(0)];
                if (serializer.FromJson(type, reader, 1) is NegotiationEvent)
                {
                    read++;
                }
            }
        });
        return Rate.Of(read, elapsed);
    }
}
