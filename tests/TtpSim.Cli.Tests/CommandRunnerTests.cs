using System.Net.Sockets;
using Marten.Exceptions;
using Npgsql;
using TtpSim.Storage.Database;

namespace TtpSim.Cli.Tests;

/// <summary>Whatever a command throws, the user sees one line and an exit code; never a stack trace or a password.</summary>
public class CommandRunnerTests
{
    private static async Task<(int Code, string Error)> RunThrowingAsync(Exception exception)
    {
        using var error = new StringWriter();
        var code = await CommandRunner.RunAsync(error, () => throw exception);
        return (code, error.ToString());
    }

    [Fact]
    public async Task An_unforeseen_exception_is_one_line_with_exit_code_70()
    {
        var (code, error) = await RunThrowingAsync(new InvalidOperationException("the first line\nand a second\n   at Somewhere()"));

        Assert.Equal(ExitCodes.Unexpected, code);
        Assert.Equal("ttpsim: unexpected error (InvalidOperationException): the first line", error.Trim());
    }

    [Fact]
    public async Task A_dropped_connection_wrapped_by_marten_is_exit_code_3_and_says_so()
    {
        var dropped = new MartenCommandException(
            new NpgsqlCommand("select 1"),
            new NpgsqlException("Exception while reading from stream", new IOException("read failed", new SocketException((int)SocketError.ConnectionReset))));

        var (code, error) = await RunThrowingAsync(dropped);

        Assert.Equal(ExitCodes.DatabaseUnavailable, code);
        CliAssert.OnePlainLine(error);
        Assert.Contains("connection to the database was lost", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_in_any_message_is_masked()
    {
        Secrets.Remember("Remembered-Pw-93");

        var (_, error) = await RunThrowingAsync(new InvalidOperationException("tried Host=h;Password=Never-Remembered-7 and Remembered-Pw-93"));

        Assert.DoesNotContain("Never-Remembered-7", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Remembered-Pw-93", error, StringComparison.Ordinal);
        Assert.Contains("Password=***", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_left_to_the_command_line_library() =>
        await Assert.ThrowsAsync<OperationCanceledException>(() => RunThrowingAsync(new OperationCanceledException()));
}
