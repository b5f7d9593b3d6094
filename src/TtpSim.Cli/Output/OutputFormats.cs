using System.CommandLine;

namespace TtpSim.Cli.Output;

public enum OutputFormat
{
    Table,
    Json,
}

internal static class OutputFormats
{
    public static Option<OutputFormat> Option() => new("--format", "-f")
    {
        Description = "table (readable, the default) or json (one object, for other tools)",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
