using System.Collections.Immutable;

namespace TtpSim.Domain.Provenance;

/// <summary>
/// Every figure the sources give for one quantity, kept per source and summarised as low / high in
/// the manner of UCDP's event data; nothing is averaged or dropped. An open bound ("at least 100")
/// counts at its stated value for the high, since no source gives a larger one.
/// </summary>
public sealed record Estimate(ImmutableArray<ReportedFigure> Reports)
{
    public static readonly Estimate Unknown = new(ImmutableArray<ReportedFigure>.Empty);

    public bool IsKnown => !Reports.IsDefaultOrEmpty;

    public int? Low => IsKnown ? Reports.Min(r => r.Lowest) : null;

    public int? High => IsKnown ? Reports.Max(r => Math.Max(r.Value, r.Lowest)) : null;

    /// <summary>
    /// Two sources give different figures. One source's own range (a dataset's low, best and high) is an
    /// estimate with a spread, not a disagreement between sources.
    /// </summary>
    public bool SourcesDisagree => IsKnown
        && Reports.Select(r => r.SourceFile).Distinct().Count() > 1
        && Reports.Select(r => (r.Value, r.Bound)).Distinct().Count() > 1;

    public static Estimate Single(int value, string sourceFile, FigureBound bound = FigureBound.Exact, string? note = null) =>
        new([new ReportedFigure(value, bound, sourceFile, note)]);
}
