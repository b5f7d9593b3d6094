using System.Xml.Linq;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Reports.Html.Svg;

namespace TtpSim.Reports.Html;

/// <summary>The talks: a bar of phases (secret, open, resumed, suspended) over rows of the events that moved them.</summary>
internal sealed class TalksLane : Lane
{
    private const double PhaseHeight = 10;
    private const double RowHeight = 15;
    private readonly ScenarioDrawing drawing;
    private readonly List<NegotiationEvent> events;
    private readonly int[] rows;

    public TalksLane(ScenarioDrawing drawing, IEnumerable<NegotiationEvent> events)
    {
        this.drawing = drawing;
        this.events = [.. events];
        rows = RowPacker.Pack([.. this.events.Select(e => drawing.Extent(e, 6))]);
    }

    public override string Label => "Talks";

    public override string? Note => "phases, then events";

    public override double Height => 8 + PhaseHeight + ((rows.DefaultIfEmpty(-1).Max() + 1) * RowHeight) + 4;

    public override IEnumerable<XElement> Draw(double top)
    {
        var phases = drawing.FinalState.Talks.Phases.Latest;
        for (var i = 0; i < phases.Length; i++)
        {
            var phase = phases[i];
            var left = drawing.Scale.X(phase.From.Start);
            var right = i + 1 < phases.Length ? drawing.Scale.X(phases[i + 1].From.Start) : drawing.Scale.Right;
            var status = phase.Status.ToString().ToLowerInvariant();
            var until = i + 1 < phases.Length ? $"until {phases[i + 1].From}" : "to the end of the record";
            yield return El("g", A("class", $"talks-phase {status}"), A("data-status", status),
                Title($"Talks {status} from {phase.From} {until} (event {phase.EventId})"),
                Rect(left, top + 4, right - left, PhaseHeight, "phase", Palette.TalksPhase(phase.Status)),
                right - left > 46 ? Text(left + 3, top + 12, status, "phase-label") : null);
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var y = top + 8 + PhaseHeight + (rows[i] * RowHeight) + (RowHeight / 2);
            var x = drawing.X(e);
            yield return drawing.EventMark(e, y, e switch
            {
                TalksOpened { Secret: true } => MarkShape.Dot(x, y, 4.5, Palette.TalksPhase(TalksStatus.Secret)),
                TalksOpened => MarkShape.Dot(x, y, 4.5, Palette.TalksPhase(TalksStatus.Open)),
                TalksAcknowledged => MarkShape.Ring(x, y, 4, Palette.TalksPhase(TalksStatus.Open)),
                TalksDenied => MarkShape.Barred(x, y, 4, Palette.Neutral),
                TalksRoundHeld => MarkShape.Diamond(x, y, 4, Palette.TalksPhase(TalksStatus.Open)),
                TalksSuspended => MarkShape.Square(x, y, 4, Palette.Rejected),
                TalksResumed => MarkShape.TriangleRight(x, y, 4.5, "#0096c7"),
                _ => MarkShape.Star(x, y, 4, Palette.Mediation),
            });
        }
    }
}
