using TtpSim.Reports.Png;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Database;
using TtpSim.Storage.Replay;
using TtpSim.Storage.Simulation;

namespace TtpSim.Cli;

/// <summary>Runs a command's work and turns every expected failure into one plain line and an exit code.</summary>
public static class CommandRunner
{
    public static int Run(TextWriter error, Func<int> work) => RunAsync(error, () => Task.FromResult(work())).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (ScenarioException e)
        {
            return Fail(error, ExitCodes.BadScenario, e.Error.ToString());
        }
        catch (UsageException e)
        {
            return Fail(error, ExitCodes.Usage, e.Message);
        }
        catch (DatabaseUnavailableException e)
        {
            return Fail(error, ExitCodes.DatabaseUnavailable, e.Message);
        }
        catch (ScenarioNotReplayedException e)
        {
            return Fail(error, ExitCodes.NotFound, Commands.ScenarioFolder.FileToShow(e.Scenario) is { } file ? e.MessageNaming(file) : e.Message);
        }
        catch (ReplayConflictException e)
        {
            return Fail(error, ExitCodes.Conflict, e.Message);
        }
        catch (SimulationNotFoundException e)
        {
            return Fail(error, ExitCodes.NotFound, e.Message);
        }
        catch (ChromiumNotFoundException e)
        {
            return Fail(error, ExitCodes.ToolMissing, e.Message);
        }
        catch (ScreenshotFailedException e)
        {
            return Fail(error, ExitCodes.Unexpected, e.Message);
        }
        catch (Exception e) when (DatabaseFailure.TryDescribe(e, out var message))
        {
            return Fail(error, ExitCodes.DatabaseUnavailable, message);
        }
        catch (IOException e)
        {
            return Fail(error, ExitCodes.Unexpected, FirstLine(e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not foreseen, but still one line: the README promises no stack trace.
            return Fail(error, ExitCodes.Unexpected, $"unexpected error ({e.GetType().Name}): {FirstLine(e.Message)}");
        }
    }

    private static int Fail(TextWriter error, int code, string message)
    {
        error.WriteLine($"ttpsim: {Secrets.Redact(message)}");
        return code;
    }

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0];
}

/// <summary>A command line that parsed but makes no sense (a date that is not a day, say).</summary>
public sealed class UsageException(string message) : Exception(message);
