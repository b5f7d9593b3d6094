using System.Diagnostics;

namespace TtpSim.Cli;

/// <summary>
/// Where a short command's start-up time goes: with TTPSIM_STARTUP_MARKS=1 each mark prints, to standard error,
/// the milliseconds since the process started, the process's CPU time so far (less at the mercy of other work on
/// the machine) and the methods JIT-compiled so far. Off, a mark costs one check.
/// </summary>
public static class StartupMarks
{
    public const string Variable = "TTPSIM_STARTUP_MARKS";

    private static readonly bool On = Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Mark(string what)
    {
        if (On)
        {
            using var process = Process.GetCurrentProcess();
            var sinceStart = DateTime.Now - process.StartTime;
            Console.Error.WriteLine(
                $"{Variable}: {sinceStart.TotalMilliseconds,7:0.0} ms  {process.TotalProcessorTime.TotalMilliseconds,7:0.0} ms CPU  {System.Runtime.JitInfo.GetCompiledMethodCount(),5} jitted  {what}");
        }
    }
}
