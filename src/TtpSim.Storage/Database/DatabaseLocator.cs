using Npgsql;

namespace TtpSim.Storage.Database;

/// <summary>
/// Finds the database: <c>TTPSIM_CONNECTION</c> when set, otherwise TtpSim's private server under
/// <c>TTPSIM_HOME</c> (the <c>./ttpsim</c> script sets it to <c>.ttpsim/</c> in the repository).
/// </summary>
public static class DatabaseLocator
{
    public const string ConnectionVariable = "TTPSIM_CONNECTION";
    public const string HomeVariable = "TTPSIM_HOME";
    public const string DatabaseName = "ttpsim";

    /// <summary>
    /// Seconds to wait for a server to accept a connection when TTPSIM_CONNECTION names no Timeout:
    /// an unreachable database is reported within a few seconds, not Npgsql's default 15.
    /// </summary>
    public const int DefaultConnectTimeoutSeconds = 5;

    public static async Task<string> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Configured(configured);
        }

        var server = await PrivatePostgres.StartAsync(Path.Combine(Home(), "postgres"), durable: true);
        var connection = server.ConnectionString(DatabaseName);
        if (!await ExistsAsync(connection))
        {
            await EnsureDatabaseAsync(server.ConnectionString("postgres"), DatabaseName);
        }

        return connection;
    }

    /// <summary>
    /// The database for a command that only reads. Usually the private server is already running and the
    /// database exists: then one login answers both, straight away from the saved port and password, and
    /// the connection it leaves in the returned source's pool serves the reads. Otherwise it is found as
    /// <see cref="ResolveAsync"/> finds it (the server started or the database created if need be).
    /// </summary>
    public static async Task<ReadingDatabase> ResolveForReadingAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(configured)
            && PrivatePostgres.SavedConnectionString(Path.Combine(Home(), "postgres"), DatabaseName) is { } saved)
        {
            var source = ReadingDatabase.SourceFor(saved);
            try
            {
                await using var connection = await source.OpenConnectionAsync();
                return new ReadingDatabase(saved, source);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // Not running, on another port, or no database yet: the whole check below deals with each.
                await source.DisposeAsync();
            }
        }

        var resolved = await ResolveAsync();
        return new ReadingDatabase(resolved, ReadingDatabase.SourceFor(resolved));
    }

    /// <summary>Whether the database can be opened; it is created only when the server says it does not exist.</summary>
    private static async Task<bool> ExistsAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    /// <summary>TTPSIM_CONNECTION checked (a string Npgsql cannot read is one plain error), with the connect timeout defaulted.</summary>
    public static string Configured(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new DatabaseUnavailableException($"{ConnectionVariable} is not a connection string Npgsql can read: {e.Message.ReplaceLineEndings(" ")}");
        }

        Secrets.Remember(builder.Password);
        if (!NamesATimeout(connectionString))
        {
            builder.Timeout = DefaultConnectTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    private static bool NamesATimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Timeout") || given.ContainsKey("Connect Timeout") || given.ContainsKey("Connection Timeout");
    }

    public static string Home()
    {
        var configured = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        // DoNotVerify: without it a missing ~/.local/share gives "", and the server would land in the working directory.
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "ttpsim");
    }

    /// <summary>Creates the database if it is missing; <paramref name="maintenanceConnection"/> points at any existing one.</summary>
    public static async Task EnsureDatabaseAsync(string maintenanceConnection, string database)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnection);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A connection string fit to print: the password replaced.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!string.IsNullOrEmpty(builder.Password))
            {
                builder.Password = "***";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(a connection string that could not be read)";
        }
    }
}
