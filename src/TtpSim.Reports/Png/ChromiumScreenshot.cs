using System.Diagnostics;

namespace TtpSim.Reports.Png;

/// <summary>
/// Renders an HTML file to a PNG with headless Chromium: the picture is the report itself, drawn by a
/// real browser engine. Chromium runs with a throw-away profile, no network features, and a time limit;
/// it is stopped (with its child processes) if it overruns, and its profile is deleted afterwards.
/// </summary>
public static class ChromiumScreenshot
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(90);

    public static async Task CaptureAsync(string htmlFile, string pngFile, int width, int height, TimeSpan? timeLimit = null, CancellationToken cancellation = default)
    {
        var chromium = ChromiumLocator.Require();
        var profile = Path.Combine(Path.GetTempPath(), $"ttpsim-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var target = Path.GetFullPath(pngFile);
        File.Delete(target);
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(profile, target, width, height, htmlFile))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new ScreenshotFailedException($"could not start {chromium}");
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(timeLimit ?? DefaultTimeLimit);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellation.ThrowIfCancellationRequested();
                throw new ScreenshotFailedException($"Chromium did not finish the screenshot within {(timeLimit ?? DefaultTimeLimit).TotalSeconds:0} s");
            }

            await Task.WhenAll(output, errors);
            if (process.ExitCode != 0 || !File.Exists(target) || new FileInfo(target).Length == 0)
            {
                var reason = (await errors).ReplaceLineEndings("\n").Split('\n')
                    .LastOrDefault(line => line.Contains("ERROR", StringComparison.Ordinal) && !line.Contains("dbus", StringComparison.OrdinalIgnoreCase))
                    ?? $"exit code {process.ExitCode}";
                throw new ScreenshotFailedException($"Chromium wrote no screenshot: {reason.Trim()}");
            }
        }
        finally
        {
            TryDelete(profile);
        }
    }

    /// <summary>
    /// Headless, as root too (no sandbox), one device pixel per CSS pixel, nothing fetched or updated in
    /// the background, and a window exactly the page's size, so the screenshot holds the whole page.
    /// </summary>
    private static IEnumerable<string> Arguments(string profile, string png, int width, int height, string htmlFile) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        $"--user-data-dir={profile}",
        $"--screenshot={png}",
        $"--window-size={width},{height}",
        new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
    ];

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's last writes can race the delete; a leftover profile in the temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
