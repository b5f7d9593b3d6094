using System.Security.Cryptography;
using System.Text;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;
using Xunit;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// A fingerprint is the hash of a documented text (<c>ScenarioFingerprint</c>): every stored scenario holds one, so a
/// change to the text, or to how it is made, would make every unchanged file look edited. The text is built here
/// the plain way, one string, and hashed whole; and one small history's digest is written down, so that a change
/// to the snapshot JSON itself (which the plain way would follow) is seen too, and made on purpose.
/// </summary>
public sealed class FingerprintTests : IDisposable
{
    private const string SmallHistory = """
        scenario: small
        title: A small history
        actors:
          - { id: ttp, name: TTP, kind: militant }
          - { id: pakistan-government, name: Government of Pakistan, kind: state }
        events:
          - id: truce
            type: CeasefireDeclared
            date: 2021-11-09
            ceasefire: nov
            declaredBy: ttp
            scope: ttp
            kind: agreed
            scheduledEnd: 2021-12-09
          - id: attack
            type: AttackClaimed
            date: 2021-12-12
            perpetrator: ttp
            location: somewhere
            target: a polio team
        """;

    private readonly ScenarioFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Changing this digest re-replays every stored scenario once: a change to the JSON or the text must mean it.</summary>
    [Fact]
    public void A_small_historys_fingerprint_is_the_digest_written_down()
    {
        var scenario = new ScenarioLoader().LoadFile(folder.Write("small", SmallHistory));

        Assert.Equal("475fe04432fe5f7f5c818d680aef1d59608a3545f7fb738a1cc71113bdb27cc4", scenario.Fingerprint);
    }

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
