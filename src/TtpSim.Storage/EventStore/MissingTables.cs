using Npgsql;

namespace TtpSim.Storage.EventStore;

/// <summary>
/// A store opened only for reading never creates tables, so a table that is not there yet means
/// nothing of that kind has been stored: no scenario replayed, no simulation saved.
/// </summary>
internal static class MissingTables
{
    public static bool Caused(Exception error) =>
        error.FindInChain<PostgresException>(e => e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName);
}
