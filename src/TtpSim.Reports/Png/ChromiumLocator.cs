namespace TtpSim.Reports.Png;

/// <summary>Finds a Chromium (or Chrome) binary: the one TTPSIM_CHROMIUM names, else the usual names on PATH.</summary>
public static class ChromiumLocator
{
    public const string Variable = "TTPSIM_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => Names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    public static string Require() => Find() ?? throw new ChromiumNotFoundException();
}
