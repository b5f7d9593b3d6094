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

    public static async Task<string> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var server = await PrivatePostgres.StartAsync(Path.Combine(Home(), "postgres"), durable: true);
        await EnsureDatabaseAsync(server.ConnectionString("postgres"), DatabaseName);
        return server.ConnectionString(DatabaseName);
    }

    public static string Home()
    {
        var configured = Environment.GetEnvironmentVariable(HomeVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ttpsim")
            : configured;
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
