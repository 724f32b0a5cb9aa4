using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace TelnetLite.Benchmarks;

/// <summary>
/// Adds operations per second (with OperationsPerInvoke set to the items handled: replies, bytes or lines per
/// second) and the bytes allocated per item, the figures later changes are compared by.
/// </summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(StatisticColumn.OperationsPerSecond);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
