using Npgsql;

namespace TtpSim.Storage.EventStore;

/// <summary>
/// A store opened only for reading never creates tables, so a table that is not there yet means
/// nothing of that kind has been stored: no scenario replayed, no simulation saved.
/// </summary>
internal static class MissingTables
{
    public static bool Caused(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName })
            {
                return true;
            }
        }

        return false;
    }
}
