using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>
/// Demands and amnesty offers, one line each from the day it was made: grey while it stands unanswered,
/// then in the colour of each answer (met, partly met, rejected) from the day of that answer on.
/// </summary>
internal sealed class DemandLane : Lane
{
    private const double RowHeight = 12;
    private readonly ScenarioDrawing drawing;
    private readonly List<Thread> threads;

    public DemandLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events)
    {
        this.drawing = drawing;
        threads = [];
        var answers = new List<NegotiationEvent>();
        foreach (var e in Timeline.InHistoricalOrder(events))
        {
            switch (e)
            {
                case DemandTabled d:
                    threads.Add(new Thread(d, Words(d.Subject.ToString()), d.By, []));
                    break;
                case AmnestyOffered o:
                    threads.Add(new Thread(o, "amnesty offer", o.By, []));
                    break;
                default:
                    answers.Add(e);
                    break;
            }
        }

        foreach (var answer in answers)
        {
            var thread = answer switch
            {
                DemandMet m => threads.Find(t => t.Opening is DemandTabled d && d.DemandId == m.DemandId),
                DemandPartlyMet p => threads.Find(t => t.Opening is DemandTabled d && d.DemandId == p.DemandId),
                DemandRejected r => threads.Find(t => t.Opening is DemandTabled d && d.DemandId == r.DemandId),
                _ => threads.LastOrDefault(t => t.Opening is AmnestyOffered && t.Opening.Meta.Occurred.CompareTo(answer.Meta.Occurred) <= 0),
            };
            if (thread is null)
            {
                // An answer whose demand is not in the history (the decider refuses these) still gets a row, so no event goes missing.
                threads.Add(new Thread(answer, "answer", null, []));
            }
            else
            {
                thread.Answers.Add(answer);
            }
        }

        // Every line runs to the end of the axis (a demand stands until answered, and then stays in the
        // status it was left in), so each gets a row; a party's demands sit together.
        var parties = threads.Select(t => t.Party?.Id).Distinct().ToList();
        threads = [.. threads.OrderBy(t => parties.IndexOf(t.Party?.Id)).ThenBy(t => t.Opening, Timeline.HistoricalOrder)];
    }

    public override string Label => "Demands";

    public override string? Note => "status over time";

    public override double Height => (Math.Max(threads.Count, 1) * RowHeight) + 8;

    public override IEnumerable<XElement> Draw(double top)
    {
        for (var i = 0; i < threads.Count; i++)
        {
            var thread = threads[i];
            var y = top + 4 + (i * RowHeight) + (RowHeight / 2);
            var scale = drawing.Scale;
            var from = drawing.X(thread.Opening);
            var status = DemandStatus.Tabled;
            foreach (var answer in thread.Answers.Append(null))
            {
                var to = answer is null ? scale.Right : drawing.X(answer);
                var colour = Palette.DemandStatus(status);
                yield return Line(from, y, Math.Max(to, from + 1), y, status == DemandStatus.Tabled ? "demand-line standing" : "demand-line answered")
                    .WithStroke(colour);
                if (answer is not null)
                {
                    status = StatusAfter(answer);
                    from = to;
                }
            }

            var x = drawing.X(thread.Opening);
            yield return drawing.EventMark(thread.Opening, y, MarkShape.Dot(x, y, 4, drawing.Palette.Actor(thread.Party)), thread.Label, tail: false);
            foreach (var answer in thread.Answers)
            {
                var ax = drawing.X(answer);
                yield return drawing.EventMark(answer, y, answer switch
                {
                    DemandMet => MarkShape.Check(ax, y, 4, Palette.Met),
                    DemandPartlyMet => MarkShape.Diamond(ax, y, 3.5, Palette.PartlyMet),
                    _ => MarkShape.Cross(ax, y, 4, Palette.Rejected),
                }, tail: false);
            }
        }
    }

    private static DemandStatus StatusAfter(NegotiationEvent answer) => answer switch
    {
        DemandMet => DemandStatus.Met,
        DemandPartlyMet => DemandStatus.PartlyMet,
        _ => DemandStatus.Rejected,
    };

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>A demand or offer and the answers to it, in historical order.</summary>
    private sealed record Thread(NegotiationEvent Opening, string Label, Domain.Provenance.ActorRef? Party, List<NegotiationEvent> Answers);
}
