namespace ActorCluster.Client.Bench;

/// <summary>One figure over another from the same run; <see cref="Target"/> is the product target where there is one.</summary>
public sealed record BenchRatio(string Name, double Numerator, double Denominator, double? Target)
{
    public double Value => Numerator / Denominator;
    public bool? MeetsTarget => Target is { } t ? Value >= t : null;

    /// <summary>The ratios the performance targets name, plus the ones that show where the time goes.</summary>
    public static IReadOnlyList<BenchRatio> From(IEnumerable<StorageResult> results)
    {
        var ratios = new List<BenchRatio>();
        foreach (var r in results)
        {
            var name = r.Storage.ToString().ToLowerInvariant();
            if (r.Find(Workloads.Echo) is not { } echo) continue;
            var one = r.Find(Workloads.Ingest);
            var batch = r.Find(Workloads.IngestBatch);
            if (one is not null)
                ratios.Add(new($"{name}: ingest obs/s / echo calls/s", one.ObservationsPerSecond, echo.CallsPerSecond,
                    r.Storage == BenchStorage.Memory ? 0.5 : null));
            if (batch is not null)
                ratios.Add(new($"{name}: ingest-batch obs/s / echo calls/s", batch.ObservationsPerSecond, echo.CallsPerSecond, null));
            if (r.Find(Workloads.NpgsqlUpsert) is not { } raw) continue;
            if (one is not null)
                ratios.Add(new($"{name}: ingest obs/s / raw Npgsql upserts/s", one.ObservationsPerSecond, raw.CallsPerSecond, 0.7));
            if (batch is not null)
                ratios.Add(new($"{name}: ingest-batch writes/s / raw Npgsql upserts/s", batch.CallsPerSecond, raw.CallsPerSecond, null));
        }
        return ratios;
    }
}
