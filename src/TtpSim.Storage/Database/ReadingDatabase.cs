using Npgsql;

namespace TtpSim.Storage.Database;

/// <summary>
/// A database a command reads from: its connection string (for Marten's store, should a read need it) and a
/// data source for plain SQL reads, made for a short process: only Npgsql's core type mappings (text, numbers,
/// dates, json as text are all a read needs) and no type catalogue loaded from the server, which would be a
/// query of its own and much of a short command's JIT compiling. TLS and Kerberos stay available, as in a full
/// data source, for a TTPSIM_CONNECTION that asks for them.
/// </summary>
public sealed class ReadingDatabase(string connectionString, NpgsqlDataSource source) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public NpgsqlDataSource Source { get; } = source;

    public static NpgsqlDataSource SourceFor(string connectionString)
    {
        var builder = new NpgsqlSlimDataSourceBuilder(connectionString);
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        builder.EnableTransportSecurity();
        builder.EnableIntegratedSecurity();
        return builder.Build();
    }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
