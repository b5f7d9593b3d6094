using Npgsql;

namespace TtpSim.Testing;

/// <summary>What the server's sessions are doing, from pg_stat_activity.</summary>
public static class ServerSessions
{
    /// <summary>
    /// Waits (two minutes at most) until no other session is connected to the database: the server has
    /// finished with every client that went away, including any transaction a killed client left open.
    /// </summary>
    public static async Task WaitUntilOnlyThisOneAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var limit = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'",
                connection);
            var others = (long)(await command.ExecuteScalarAsync())!;
            if (others == 0)
            {
                return;
            }

            if (DateTime.UtcNow > limit)
            {
                throw new TimeoutException($"{others} other sessions still connected after two minutes");
            }

            await Task.Delay(50);
        }
    }
}
