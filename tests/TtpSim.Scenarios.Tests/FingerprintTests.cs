using System.Security.Cryptography;
using System.Text;
using TtpSim.Domain.Snapshots;
using TtpSim.Testing;
using Xunit;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A fingerprint is the hash of a documented text (<c>ScenarioFingerprint</c>): every stored scenario holds one, so a
/// change to the text, or to how it is made, would make every unchanged file look edited. The text is built here
/// the plain way, one string, and hashed whole.
/// </summary>
public sealed class FingerprintTests
{
    [Fact]
    public void Every_shipped_scenario_hashes_its_header_and_each_events_type_and_snapshot_json()
    {
        foreach (var scenario in ShippedScenarioFiles.Load())
        {
            var text = new StringBuilder($"ttpsim-scenario-2\n{scenario.Name}\n{scenario.Title}\n{scenario.Question}\n");
            foreach (var @event in scenario.Events)
            {
                text.Append(@event.TypeName).Append(' ').Append(SnapshotJson.Serialize<object>(@event)).Append('\n');
            }

            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), scenario.Fingerprint);
        }
    }
}
