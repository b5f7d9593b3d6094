using TtpSim.Reports.Html;
using TtpSim.Reports.Png;
using TtpSim.Testing;

namespace TtpSim.Reports.Tests;

/// <summary>
/// The report as a browser draws it. CI installs Chromium (build/setup), so this test runs there; on a
/// machine without it, it fails and says how to install it, rather than passing without having looked.
/// </summary>
public sealed class ChromiumRenderTests
{
    [Fact]
    public async Task Headless_Chromium_renders_the_whole_report_to_a_picture_of_the_expected_size()
    {
        Assert.True(ChromiumLocator.Find() is not null,
            $"Chromium is not installed, so the report cannot be rendered: run build/setup (it installs Debian's chromium), or set {ChromiumLocator.Variable}");
        var simulation = SimulationSummaries.Fading("truce-fades", "baseline-2021-22", new DateOnly(2021, 12, 6), 26);
        var report = TimelineReport.Render(new ReportInput(ShippedScenarios.ForReport, simulation));
        var folder = Directory.CreateTempSubdirectory("ttpsim-render-");
        try
        {
            var html = Path.Combine(folder.FullName, "report.html");
            var png = Path.Combine(folder.FullName, "report.png");
            await File.WriteAllTextAsync(html, report.Html);

            await ChromiumScreenshot.CaptureAsync(html, png, report.Width, report.Height);

            var image = PngImage.Read(await File.ReadAllBytesAsync(png));
            Assert.Equal((TimelineReport.Width, report.Height), (image.Width, image.Height));
            Assert.InRange(image.ShareNotLikeBackground(), 0.03, 0.6);
            Assert.True(image.DistinctColours() > 50, "the picture has almost no colours: nothing was drawn");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
