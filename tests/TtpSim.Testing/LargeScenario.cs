using System.Globalization;
using System.Text;

namespace TtpSim.Testing;

/// <summary>
/// Writes a valid scenario file with many events, for tests that must interrupt or race a replay.
/// The events are mediations by one mediator spread over a year, so the state stays small and the
/// projection writes at most 365 change points however many events there are: the cost is in the events.
/// </summary>
public static class LargeScenario
{
    /// <summary>Enough events that replaying is real work (a few megabytes), well under the 8 MiB file limit.</summary>
    public const int DefaultEvents = 20_000;

    /// <param name="variant">Changes every event's role text, so two variants of one scenario differ (another fingerprint).</param>
    public static string Write(string folder, string name, int events = DefaultEvents, string variant = "a")
    {
        var text = new StringBuilder(events * 160);
        text.Append(CultureInfo.InvariantCulture, $"scenario: {name}\n")
            .Append("title: Many mediations, for fault tests\n")
            .Append("actors:\n")
            .Append("  - { id: ttp, name: TTP, kind: militant }\n")
            .Append("  - { id: pakistan-government, name: Government of Pakistan, kind: state }\n")
            .Append("  - { id: afghan-taliban, name: Afghan Taliban, kind: mediator }\n")
            .Append("events:\n");
        var first = new DateOnly(2021, 1, 1);
        for (var i = 0; i < events; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: e{i:D6}\n")
                .Append("    type: MediatorEngaged\n")
                .Append(CultureInfo.InvariantCulture, $"    date: {first.AddDays(i % 365):yyyy-MM-dd}\n")
                .Append("    mediator: afghan-taliban\n")
                .Append("    between: [ttp, pakistan-government]\n")
                .Append(CultureInfo.InvariantCulture, $"    role: round {i} ({variant})\n");
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
