using System.Net.Sockets;
using Marten.Exceptions;
using Npgsql;
using TtpSim.Storage.EventStore;

namespace TtpSim.Storage.Database;

/// <summary>
/// Recognises a failure of the database or the way to it (refused, unreachable, timed out, dropped,
/// shut down), however deep Marten or Npgsql wrapped it, and says what happened in one plain line.
/// </summary>
public static class DatabaseFailure
{
    private const string Lost =
        "the connection to the database was lost during the command (the server stopped or the network failed); run it again once the server is back";

    public static bool TryDescribe(Exception exception, out string message)
    {
        if (!exception.FindInChain<Exception>(e => e is NpgsqlException or SocketException or MartenCommandException))
        {
            message = "";
            return false;
        }

        message = Describe(exception);
        return true;
    }

    private static string Describe(Exception failure)
    {
        if (failure.FirstInChain<PostgresException>() is { } postgres)
        {
            return postgres.SqlState switch
            {
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
                    $"the database server shut down during the command ({postgres.SqlState}: {postgres.MessageText}); run it again once the server is back",
                PostgresErrorCodes.QueryCanceled =>
                    $"the database cancelled the command: it waited too long ({postgres.MessageText}); run it again",
                _ => $"the database refused: {postgres.SqlState}: {postgres.MessageText}",
            };
        }

        var socket = failure.FirstInChain<SocketException>();
        if (socket is { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown })
        {
            return Lost;
        }

        var connect = failure.FirstInChain<NpgsqlException>(e => e.Message.StartsWith("Failed to connect to", StringComparison.Ordinal));
        if (connect is not null || socket is not null)
        {
            var where = connect is null ? "" : $"{FirstLine(connect.Message)}: ";
            return $"cannot reach the database: {where}{socket?.Message ?? "no answer"}";
        }

        if (failure.FindInChain<TimeoutException>())
        {
            return "the database did not answer in time: the server is not responding, or something else holds what this command needs; run it again";
        }

        // EndOfStreamException, what Npgsql meets when the server goes away mid-read, is an IOException too.
        if (failure.FindInChain<IOException>())
        {
            return Lost;
        }

        if (failure.FirstInChain<NpgsqlException>() is { } npgsql)
        {
            return $"cannot use the database: {FirstLine(npgsql.Message)}";
        }

        var innermost = failure.FirstInChain<Exception>(e => e.InnerException is null)!;
        return $"the database command failed: {FirstLine(innermost.Message)}";
    }

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
