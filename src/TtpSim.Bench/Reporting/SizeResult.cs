using TtpSim.Bench.Measurements;

namespace TtpSim.Bench.Reporting;

/// <summary>
/// Every figure for one generated history. <see cref="Events"/> is what the file records; <see cref="StoredEvents"/>
/// adds what the rules derive, and is what every rate counts, since that is what is written and read.
/// </summary>
public sealed record SizeResult(
    int Events,
    int StoredEvents,
    long FileBytes,
    int ChangePoints,
    Rate Load,
    Rate Replay,
    Rate ReplayPath,
    Rate BulkInsert,
    Rate RawCopy,
    Rate Rebuild,
    Rate Fold,
    Rate RawRead,
    StateQueryMeasurement.Result StateQuery,
    Ratios Ratios);
