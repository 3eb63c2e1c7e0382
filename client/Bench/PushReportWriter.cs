using System.Globalization;
using System.Text;

namespace ActorCluster.Client.Bench;

/// <summary>Writes a <c>bench push</c> report as JSON or a Markdown table, by file extension.</summary>
public static class PushReportWriter
{
    public static void Write(PushReport report, FileInfo file) =>
        BenchReportWriter.WriteByExtension(file, () => Markdown(report), () => Dto(report));

    /// <summary>Things that make the figures questionable, in words.</summary>
    public static IEnumerable<string> Warnings(PushReport r)
    {
        foreach (var s in r.Scenarios)
        {
            if (s.Samples < r.Settings.MinSamples) yield return $"{s.Name}: only {s.Samples} samples (wanted {r.Settings.MinSamples})";
            if (s.RanOutOfDays) yield return $"{s.Name}: probe ASINs ran out of past days; use more --probe-asins or a longer --probe-gap";
            if (s.Reconnects > 0) yield return $"{s.Name}: {s.Reconnects} client reconnects";
            if (s.TargetRate > 0 && s.AchievedRate < 0.95 * s.TargetRate)
                yield return $"{s.Name}: the background load reached only {s.AchievedRate:N0} of {s.TargetRate:N0} obs/s";
        }
        if (r.ProbeUnexpected > 0) yield return $"{r.ProbeUnexpected} probe observations were not Accepted, first: {r.ProbeFirstUnexpected}";
        if (r.LoadUnexpected + r.LoadFailedCalls > 0)
            yield return $"background load: {r.LoadUnexpected} observations not Accepted, {r.LoadFailedCalls} calls failed, first: {r.LoadFirstProblem}";
    }

    private static object Dto(PushReport r) => new
    {
        r.StartedUtc, r.Machine, r.SiloDll, PushReport.SiloArguments, Settings = r.Describe(), r.LoadAtStart, r.LoadAtEnd,
        Scenarios = r.Scenarios.Select(s => new
        {
            s.Name, s.Clients, s.TargetRate, s.Samples, s.NoTransition, s.TimedOut, s.MissedDeliveries, s.Delivery, s.WorstClient, s.OverTarget, s.Ack, s.AfterAck, s.Raised,
            s.Transitions, s.MeasuredSeconds, s.AchievedRate, s.SiloCpu, s.BenchCpu, s.LoadAverage, s.Reconnects, s.RanOutOfDays, s.MeetsTarget,
            // One row per sample, in the order completed: transition, ack, raised, fastest and slowest client (ms).
            Raw = s.Raw.Select(x => new object[] { x.Transition, Round(x.AckMs), Round(x.RaisedMs), Round(x.DeliveredMs.Min()), Round(x.WorstMs) }),
        }),
        Warnings = Warnings(r).ToList(),
    };

    private static string Markdown(PushReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"`actorcluster bench push` {r.StartedUtc:yyyy-MM-dd HH:mm}Z: alert delivery latency, ingest call -> SignalR client; {r.Describe()}; " +
                         $"{r.Machine}; load average {r.LoadAtStart:0.0} at start, {r.LoadAtEnd:0.0} at end").AppendLine();
        sb.AppendLine(c, $"Silo arguments: `{string.Join(' ', PushReport.SiloArguments)}`").AppendLine();
        sb.AppendLine("| scenario | samples | skipped | lost | p50 ms | p90 ms | p99 ms | max ms | slowest client p99 ms | > 50 ms | ack p50/p99 ms | after ack p50/p99 ms | raised p50/p99 ms | background obs/s | CPU silo/bench | load avg | p99 ≤ 50 ms |")
          .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var s in r.Scenarios)
            sb.AppendLine(c, $"| {s.Name} | {s.Samples} | {s.NoTransition} | {s.TimedOut}+{s.MissedDeliveries} | {F(s.Delivery.P50)} | {F(s.Delivery.P90)} | " +
                             $"{F(s.Delivery.P99)} | {F(s.Delivery.Max)} | {F(s.WorstClient.P99)} | {s.OverTarget} | {F(s.Ack.P50)}/{F(s.Ack.P99)} | " +
                             $"{F(s.AfterAck.P50)}/{F(s.AfterAck.P99)} | {F(s.Raised.P50)}/{F(s.Raised.P99)} | " +
                             $"{(s.TargetRate == 0 ? "-" : $"{s.AchievedRate.ToString("N0", c)} of {s.TargetRate.ToString("N0", c)}")} | " +
                             $"{s.SiloCpu.ToString("P0", c)}/{s.BenchCpu.ToString("P0", c)} | {s.LoadAverage?.ToString("0.0", c) ?? "-"} | {(s.MeetsTarget ? "met" : "NOT met")} |");
        sb.AppendLine().AppendLine(PushReport.Legend);
        foreach (var w in Warnings(r)) sb.AppendLine().AppendLine(w);
        return sb.ToString();
    }

    private static double Round(double ms) => Math.Round(ms, 2);

    private static string F(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.0", CultureInfo.InvariantCulture);
}
