using System.CommandLine;
using System.CommandLine.Help;
using TtpSim.Cli.Commands;

namespace TtpSim.Cli;

/// <summary>The command tree; <see cref="RunAsync"/> is what <c>./ttpsim</c> runs, and what tests call in-process.</summary>
public static class CliApp
{
    public static RootCommand Build() => FitHelpToTerminal(new RootCommand("TtpSim: the 2021-22 Pakistan-TTP talks as an event-sourced history you can replay, question and rewrite.")
    {
        ReplayCommand.Create(),
        ValidateCommand.Create(),
        AgreementCommand.Create(),
        StateCommand.Create(),
        TimelineCommand.Create(),
        ScenariosCommand.Create(),
        DiffCommand.Create(),
        SimulateCommand.Create(),
        BacktestCommand.Create(),
        ReportCommand.Create(),
        ExportCommand.Create(),
        VerifyCommand.Create(),
        ImportCommand.Create(),
        BenchCommand.Create(),
    });

    /// <summary>Help wraps at 100 columns (or a narrower terminal's width); unwrapped, piped help ran to any length.</summary>
    private static RootCommand FitHelpToTerminal(RootCommand root)
    {
        var width = Console.IsOutputRedirected || Console.WindowWidth <= 0 ? Output.Terminal.MaxWidth : Math.Min(Console.WindowWidth, Output.Terminal.MaxWidth);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpAction { MaxWidth = width };
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
}
