using Spectre.Console;

namespace TtpSim.Cli.Output;

/// <summary>A Spectre console over a writer: colour on a terminal, plain text when piped, never wider than 100 columns.</summary>
internal static class Terminal
{
    public const int MaxWidth = 100;

    /// <summary>Whether <paramref name="writer"/> is a person's terminal: standard output, not redirected, and not in CI.</summary>
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static IAnsiConsole Over(TextWriter writer)
    {
        var interactive = IsInteractive(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        console.Profile.Width = interactive ? Math.Min(Console.WindowWidth > 0 ? Console.WindowWidth : MaxWidth, MaxWidth) : MaxWidth;
        return console;
    }
}
