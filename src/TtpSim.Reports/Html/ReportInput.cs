using TtpSim.Domain.Events;
using TtpSim.Domain.Simulation;
using TtpSim.Domain.Simulation.Backtesting;

namespace TtpSim.Reports.Html;

/// <summary>One scenario as the report shows it: its name, what it asks, and its whole history.</summary>
public sealed record ReportScenario(string Name, string Title, string? Question, IReadOnlyList<NegotiationEvent> Events);

/// <summary>
/// What a report is made from. The first scenario is the reference the others are compared with; the
/// simulation, when there is one, adds fan charts on the same time axis; the window, when the reader
/// sets one, is where the axis gives most of its width; the backtest, when there is one, adds a panel of
/// its scores and reliability diagrams.
/// </summary>
public sealed record ReportInput(IReadOnlyList<ReportScenario> Scenarios, SimulationSummary? Simulation = null, FocusWindow? Window = null)
{
    public (string Scenario, BacktestResult Result)? Backtest { get; init; }
}
