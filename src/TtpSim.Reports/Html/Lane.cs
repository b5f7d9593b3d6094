using System.Xml.Linq;

namespace TtpSim.Reports.Html;

/// <summary>One horizontal strip of a scenario's block (ceasefires, talks, demands...), with its label on the left.</summary>
internal abstract class Lane
{
    public abstract string Label { get; }

    public abstract double Height { get; }

    /// <summary>A second, smaller line under the label: the lane's unit or scale.</summary>
    public virtual string? Note => null;

    public abstract IEnumerable<XElement> Draw(double top);
}
