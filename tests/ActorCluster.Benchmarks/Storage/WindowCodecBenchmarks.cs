using ActorCluster.Grains.Storage;
using BenchmarkDotNet.Attributes;

namespace ActorCluster.Benchmarks.Storage;

/// <summary>Cost of turning a full default window (400 daily rows) into the persisted blob and back.</summary>
[MemoryDiagnoser]
public class WindowCodecBenchmarks
{
    private List<Observation> _rows = null!;
    private byte[] _blob = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rows = SampleWindow.Create(400);
        _blob = ObservationWindowCodec.Encode(_rows, PeriodKind.Day);
    }

    [Benchmark]
    public byte[] Encode() => ObservationWindowCodec.Encode(_rows, PeriodKind.Day);

    [Benchmark]
    public List<Observation> Decode() => ObservationWindowCodec.Decode(_blob, PeriodKind.Day);
}
