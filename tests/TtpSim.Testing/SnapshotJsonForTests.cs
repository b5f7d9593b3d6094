using Newtonsoft.Json.Linq;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Testing;

/// <summary>Snapshots are taken of the JSON contract itself, so a snapshot shows exactly what tools read.</summary>
public static class SnapshotJsonForTests
{
    public static JToken Contract<T>(T value) => JToken.Parse(SnapshotJson.Serialize(value));
}
