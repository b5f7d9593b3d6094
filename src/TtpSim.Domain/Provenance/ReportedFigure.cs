namespace TtpSim.Domain.Provenance;

public enum FigureBound
{
    Exact,
    AtLeast,
    MoreThan,
}

/// <summary>A number as one source reports it ("more than 65", "at least 100"), with who said it.</summary>
public sealed record ReportedFigure(int Value, FigureBound Bound, string SourceFile, string? Note)
{
    /// <summary>The smallest count the report allows: "more than 65" allows no fewer than 66.</summary>
    public int Lowest => Bound == FigureBound.MoreThan ? Value + 1 : Value;
}
