namespace TtpSim.Reports.Png;

public sealed class ChromiumNotFoundException()
    : Exception($"--png needs Chromium to render the report, and none was found; run build/setup (it installs Debian's chromium), "
        + $"or set {ChromiumLocator.Variable} to a Chromium or Chrome binary");
