namespace TtpSim.Reports.Png;

public sealed class ScreenshotFailedException(string message) : Exception(message);
