using TtpSim.Domain.Events;

namespace TtpSim.Reports.Exports;

/// <summary>Writes a scenario's events in the format asked for.</summary>
public static class EventExport
{
    public static void Write(TextWriter writer, ExportFormat format, string scenario, IEnumerable<NegotiationEvent> events)
    {
        var records = ExportRecord.FromScenario(scenario, events);
        switch (format)
        {
            case ExportFormat.Csv:
                CsvExport.Write(writer, records);
                break;
            case ExportFormat.Records:
                JsonLinesExport.Write(writer, records);
                break;
            case ExportFormat.Plover:
                PloverExport.Write(writer, records);
                break;
            case ExportFormat.Jsonl:
                throw new ArgumentException("jsonl is the scenario format, written by TtpSim.Scenarios' JsonLinesWriter", nameof(format));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format");
        }
    }
}
