namespace TtpSim.Scenarios.Loading;

/// <summary>A fault in a scenario file, with the place it is at: file, line, column and field.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string? Field, string Message)
{
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return Field is null ? $"{place}: {Message}" : $"{place}: {Field}: {Message}";
    }
}

/// <summary>Thrown by the loader for any fault in a file; the CLI prints its one line and exits non-zero.</summary>
public sealed class ScenarioException(ScenarioError error) : Exception(error.ToString())
{
    public ScenarioError Error { get; } = error;
}
