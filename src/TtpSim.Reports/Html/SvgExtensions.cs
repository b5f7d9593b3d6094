using System.Xml.Linq;

namespace TtpSim.Reports.Html;

internal static class SvgExtensions
{
    public static XElement WithStroke(this XElement element, string colour)
    {
        element.SetAttributeValue("stroke", colour);
        return element;
    }
}
