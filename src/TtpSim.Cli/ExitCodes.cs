namespace TtpSim.Cli;

/// <summary>Exit codes, as the README lists them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadScenario = 2;
    public const int DatabaseUnavailable = 3;
    public const int NotFound = 4;
    public const int Conflict = 5;
    public const int ToolMissing = 6;
    public const int SnapshotsDiffer = 7;
    public const int Unexpected = 70;
}
