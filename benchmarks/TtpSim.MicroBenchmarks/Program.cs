using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using TtpSim.MicroBenchmarks;

if (args is [LoaderPhases.Command, .. var counts])
{
    LoaderPhases.Run(counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
    return;
}

// BenchmarkDotNet's own arguments apply: --filter '*', --job short, --list flat.
var config = DefaultConfig.Instance.AddColumn(PerEventColumn.EventsPerSecond, PerEventColumn.AllocatedPerEvent);
BenchmarkSwitcher.FromAssembly(typeof(PerEventColumn).Assembly).Run(args, config);
