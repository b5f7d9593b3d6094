using System.Net.Sockets;
using Marten.Exceptions;
using Npgsql;
using TtpSim.Storage.Database;

namespace TtpSim.Storage.Tests;

/// <summary>Each kind of database failure, however deep Marten and Npgsql wrap it, gets its own plain line.</summary>
public class DatabaseFailureTests
{
    private static MartenCommandException WrappedByMarten(Exception inner) => new(new NpgsqlCommand("select 1"), inner);

    public static TheoryData<string, Exception, string> Failures() => new()
    {
        { "server shut down", WrappedByMarten(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)), "the database server shut down during the command (57P01" },
        { "statement cancelled", WrappedByMarten(new PostgresException("canceling statement due to lock timeout", "ERROR", "ERROR", PostgresErrorCodes.QueryCanceled)), "the database cancelled the command: it waited too long" },
        { "refused", new PostgresException("password authentication failed", "FATAL", "FATAL", PostgresErrorCodes.InvalidPassword), "the database refused: 28P01: password authentication failed" },
        { "connection reset", WrappedByMarten(new NpgsqlException("read", new IOException("read", new SocketException((int)SocketError.ConnectionReset)))), "the connection to the database was lost" },
        { "unreachable", new NpgsqlException("Failed to connect to 127.0.0.1:1\nmore", new SocketException((int)SocketError.ConnectionRefused)), "cannot reach the database: Failed to connect to 127.0.0.1:1: " },
        { "timed out", new NpgsqlException("The operation has timed out", new TimeoutException()), "the database did not answer in time" },
        { "end of stream", WrappedByMarten(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())), "the connection to the database was lost" },
        { "other Npgsql error", WrappedByMarten(new NpgsqlException("Something odd\nsecond line")), "cannot use the database: Something odd" },
        { "Marten alone", WrappedByMarten(new InvalidOperationException("innermost first line\nsecond")), "the database command failed: innermost first line" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Is_described_in_one_line(string kind, Exception failure, string expected)
    {
        Assert.True(DatabaseFailure.TryDescribe(failure, out var message), kind);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Anything_else_is_not_a_database_failure() =>
        Assert.False(DatabaseFailure.TryDescribe(new InvalidOperationException("x", new IOException("disk")), out _));
}
