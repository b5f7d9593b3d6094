namespace TtpSim.Reports.Html;

/// <summary>
/// Puts marks that would overlap on separate rows of a lane: each goes to the first row whose last
/// mark ends (plus a gap) before it starts, so crowded months (ten events "in October 2021") stay legible.
/// </summary>
internal static class RowPacker
{
    public static int[] Pack(IReadOnlyList<(double Left, double Right)> spans, double gap = 3)
    {
        var rows = new int[spans.Count];
        var rowEnds = new List<double>();
        foreach (var index in Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Left).ThenBy(i => i))
        {
            var (left, right) = spans[index];
            var row = rowEnds.FindIndex(end => end + gap <= left);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(right);
            }
            else
            {
                rowEnds[row] = right;
            }

            rows[index] = row;
        }

        return rows;
    }
}
