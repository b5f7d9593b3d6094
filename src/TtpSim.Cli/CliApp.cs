using System.CommandLine;
using TtpSim.Cli.Commands;

namespace TtpSim.Cli;

/// <summary>The command tree; <see cref="RunAsync"/> is what <c>./ttpsim</c> runs, and what tests call in-process.</summary>
public static class CliApp
{
    public static RootCommand Build() => new("TtpSim: the 2021-22 Pakistan-TTP talks as an event-sourced history you can replay, question and rewrite.")
    {
        ReplayCommand.Create(),
        ValidateCommand.Create(),
        StateCommand.Create(),
        TimelineCommand.Create(),
        ScenariosCommand.Create(),
        DiffCommand.Create(),
        SimulateCommand.Create(),
    };

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
}
