using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ActorCluster.Client.Bench;

/// <summary>One silo count's run: sustained throughput, delivery latency to the subscribed clients, errors, memory over time.</summary>
public sealed record LoadScenario(
    int Silos,
    double MeasuredSeconds,
    long Observations,
    double ObservationsPerSecond,
    PushStats Delivery,
    int Samples,
    int ProbesTimedOut,
    long MissedDeliveries,
    long LoadFailedCalls,
    long LoadUnexpected,
    long ProbeUnexpected,
    long Reconnects,
    int ClientsBehind,
    string? FirstProblem,
    double SiloCpuCores,
    IReadOnlyList<LoadMemorySample> Memory,
    double MemoryGrowth)
{
    /// <summary>
    /// Everything that went wrong: ingest calls that failed or answered other than Accepted, and clients that did not end
    /// up with every alert the probe grains notified (checked by sequence after the run, so a slow delivery is not an error).
    /// </summary>
    public long Errors => LoadFailedCalls + LoadUnexpected + ProbeUnexpected + ClientsBehind;

    /// <summary>Deliveries slower than the probe timeout (2 s): probes no client had in time plus single clients late.</summary>
    public long Late => ProbesTimedOut + MissedDeliveries;
}

/// <summary>The outcome of one <c>bench load</c> run.</summary>
public sealed record LoadReport(DateTime StartedUtc, string Machine, int Asins, int Clients, int Rate, int Batch, double Seconds,
    IReadOnlyList<LoadScenario> Scenarios, double? LoadAtStart, double? LoadAtEnd)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public void Write(FileInfo file)
    {
        var text = file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? Markdown() : JsonSerializer.Serialize(this, Json);
        File.WriteAllText(file.FullName, text);
    }

    public string Markdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"`actorcluster bench load` {StartedUtc:yyyy-MM-dd HH:mm}Z: {Asins:N0} ASINs, {Clients} subscribed clients, " +
                         $"{(Rate == 0 ? "unthrottled ingest (64 calls in flight)" : $"target {Rate:N0} obs/s")}, {Batch} obs/call, {Seconds:0} s per silo count; " +
                         $"{Machine}; load average {LoadAtStart:0.0} at start, {LoadAtEnd:0.0} at end").AppendLine();
        sb.AppendLine("| silos | obs/s | delivery p50 ms | p99 ms | max ms | samples | late > 2 s | errors | reconnects | silo CPU (cores) | RSS start → end MB | RSS growth after warm-up |")
          .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var s in Scenarios)
            sb.AppendLine(c, $"| {s.Silos} | {s.ObservationsPerSecond.ToString("N0", c)} | {s.Delivery.P50:0.0} | {s.Delivery.P99:0.0} | {s.Delivery.Max:0.0} | {s.Samples} | " +
                             $"{s.Late} | {s.Errors} | {s.Reconnects} | {s.SiloCpuCores:0.00} | {Mb(s.Memory.FirstOrDefault())} → {Mb(s.Memory.LastOrDefault())} | {s.MemoryGrowth.ToString("P1", c)} |");
        sb.AppendLine().AppendLine("RSS growth: mean total silo RSS of the last third of the samples over the middle third, minus one.");
        return sb.ToString();
    }

    private static string Mb(LoadMemorySample? s) => s is null ? "-" : (s.TotalBytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);
}
