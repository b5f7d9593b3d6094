namespace TtpSim.Cli;

/// <summary>
/// Run-time switches a command sets before anything else runs, for its own start-up only.
/// </summary>
public static class StartupSwitches
{
    /// <summary>
    /// The feature switch System.Text.Json reads to choose how it gets and sets members: with dynamic code it
    /// emits (and JIT-compiles) a small method per property and constructor of every type it meets, about 600
    /// methods and 0.2 s of CPU in a <c>state</c> process that reads one change point; without, it calls them
    /// by reflection, slower per call but with nothing to compile.
    /// </summary>
    public const string DynamicCode = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    /// <summary>
    /// Commands that read a handful of stored objects once and exit: they turn System.Text.Json's emitted
    /// accessors off. Long commands (replay, bench, simulate, export...) keep them, where they pay back.
    /// </summary>
    private static readonly HashSet<string> ShortReads = new(StringComparer.Ordinal) { "state" };

    /// <summary>Sets the switches for the command <paramref name="args"/> names; must run before any JSON is read or written.</summary>
    public static void Apply(string[] args)
    {
        if (args.Length > 0 && ShortReads.Contains(args[0]))
        {
            AppContext.SetSwitch(DynamicCode, false);
        }
    }
}
