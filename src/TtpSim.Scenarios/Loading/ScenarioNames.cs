using System.Text.RegularExpressions;

namespace TtpSim.Scenarios.Loading;

/// <summary>Names of scenarios, events, ceasefires and demands: lower-case letters, digits and "-", so never a path.</summary>
internal static partial class ScenarioNames
{
    /// <summary>Whether a text can name a scenario: lower-case letters, digits and '-', so never a path.</summary>
    public static bool IsScenarioName(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    public static partial Regex Pattern();
}
