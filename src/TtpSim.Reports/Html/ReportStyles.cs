namespace TtpSim.Reports.Html;

/// <summary>
/// The report's one stylesheet, inlined. Only locally installed fonts are named, so nothing is fetched.
/// Written without angle brackets or ampersands, since the page is also read as XML.
/// </summary>
internal static class ReportStyles
{
    public const double HeaderHeight = 70;

    public static readonly string Css = string.Join('\n',
        "html, body { margin: 0; padding: 0; background: #ffffff; }",
        "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; color: #212529; }",
        $".page-header {{ height: {HeaderHeight}px; box-sizing: border-box; padding: 12px 16px 0 16px; overflow: hidden; white-space: nowrap; }}",
        ".page-header h1 { margin: 0; font-size: 20px; line-height: 26px; }",
        ".page-header p { margin: 4px 0 0 0; font-size: 12px; line-height: 16px; color: #495057; overflow: hidden; text-overflow: ellipsis; }",
        "section, svg.block { display: block; margin: 0; }",
        "text { font-family: inherit; fill: #212529; }",
        ".block-title { font-size: 14px; font-weight: bold; }",
        ".block-subtitle { font-size: 11px; fill: #495057; }",
        ".lane-label { font-size: 11px; font-weight: bold; }",
        ".lane-note, .scale-label { font-size: 9px; fill: #6c757d; }",
        ".tick-label { font-size: 10px; fill: #343a40; }",
        ".tick-year { font-size: 9px; fill: #6c757d; }",
        ".mark-label, .bar-label, .band-label, .phase-label { font-size: 9px; fill: #343a40; }",
        ".band-label { fill: #0b3d36; }",
        ".phase-label { fill: #ffffff; }",
        ".key-label { font-size: 10px; }",
        ".source-line { font-size: 10px; fill: #343a40; }",
        "rect.context { fill: #f1f3f5; }",
        ".axis-break { stroke: #868e96; stroke-width: 1.5; fill: none; }",
        "line.tick { stroke: #dee2e6; stroke-width: 1; }",
        "line.tick.minor { stroke: #f1f3f5; }",
        ".lane-rule { stroke: #ced4da; stroke-width: 0.8; }",
        ".baseline { stroke: #adb5bd; stroke-width: 1; }",
        ".gridline { stroke: #e9ecef; stroke-width: 1; stroke-dasharray: 3 3; }",
        ".band.agreed { fill: #2a9d8f; fill-opacity: 0.55; }",
        ".band.unilateral { fill: #8fd3c8; fill-opacity: 0.7; }",
        ".band.open { stroke: #2a9d8f; stroke-dasharray: 4 2; }",
        ".phase { fill-opacity: 0.9; }",
        ".mark { stroke-width: 0.8; }",
        ".mark.hollow { stroke-width: 1.5; }",
        ".mark.stroke-only { stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }",
        ".precision { stroke: #868e96; stroke-width: 1.2; stroke-dasharray: 2 2; }",
        ".halo { fill: none; stroke: #ff8800; stroke-width: 2.5; stroke-opacity: 0.85; }",
        ".demand-line { stroke-width: 2; }",
        ".demand-line.standing { stroke-dasharray: 1 2; stroke-width: 1.5; }",
        ".attack { fill-opacity: 0.65; stroke-width: 1.2; }",
        ".whisker-line, .whisker-cap { stroke-width: 1.5; }",
        ".whisker-line.dark { stroke: #343a40; }",
        ".in-ceasefire { fill: none; stroke: #d62828; stroke-width: 1.5; stroke-dasharray: 3 2; }",
        ".claims { fill-opacity: 0.6; }",
        ".claims.unverified { fill-opacity: 0.35; }",
        ".deals-period { fill: #ced4da; fill-opacity: 0.7; }",
        ".parting-line { stroke: #ff8800; stroke-width: 1.5; stroke-dasharray: 5 3; }",
        ".parting-label { font-size: 9px; fill: #c25e00; }",
        ".fan-band { fill: #4361ee; fill-opacity: 0.22; stroke: none; }",
        ".fan-line { fill: none; stroke: #3a0ca3; stroke-width: 1.8; }",
        ".fan-mean { fill: none; stroke: #3a0ca3; stroke-width: 1; stroke-dasharray: 4 3; }",
        ".week { fill: #000000; fill-opacity: 0; }",
        ".week:hover { fill-opacity: 0.06; }",
        "g.event:hover .attack { stroke-width: 2.5; }");
}
