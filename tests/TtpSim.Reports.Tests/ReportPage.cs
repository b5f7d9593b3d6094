using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace TtpSim.Reports.Tests;

/// <summary>A rendered report read back as XML (the page is written well-formed on purpose), with the queries the tests ask.</summary>
internal sealed class ReportPage
{
    public ReportPage(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        Document = XDocument.Load(reader);
    }

    public XDocument Document { get; }

    public IEnumerable<XElement> Sections(string @class) =>
        Document.Descendants("section").Where(s => (string?)s.Attribute("class") == @class);

    public XElement Scenario(string name) => Sections("scenario").Single(s => (string?)s.Attribute("data-scenario") == name);

    public static IEnumerable<XElement> EventMarks(XElement section) =>
        section.Descendants("g").Where(g => g.Attribute("data-event") is not null);

    public static IEnumerable<(string Date, double X)> Ticks(XElement section) =>
        section.Descendants("line").Where(l => ((string?)l.Attribute("class") ?? "").StartsWith("tick", StringComparison.Ordinal))
            .Select(l => ((string)l.Attribute("data-date")!, Number(l, "x1")));

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
