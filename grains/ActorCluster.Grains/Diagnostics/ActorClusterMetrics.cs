using System.Diagnostics;
using System.Diagnostics.Metrics;
using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Grains.Diagnostics;

/// <summary>
/// The cluster's own instruments, on one <see cref="Meter"/> named <see cref="MeterName"/> that grains and the silo
/// share. A static meter because grains are not built by a factory we own and the instruments are process-wide anyway;
/// with no listener (no exporter configured) every call is a cheap no-op. Names follow OpenTelemetry's dotted style;
/// Prometheus sees them with dots as underscores, counters with <c>_total</c> and second-histograms with <c>_seconds</c>.
/// </summary>
public static class ActorClusterMetrics
{
    /// <summary>The meter name to enable in an exporter.</summary>
    public const string MeterName = "ActorCluster";

    // Seconds: 1 ms to 10 s. OpenTelemetry's default buckets are sized for milliseconds.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Observations an ASIN grain took and made durable, by <c>status</c>: accepted, duplicate or corrected.</summary>
    public static readonly Counter<long> ObservationsIngested = Meter.CreateCounter<long>(
        "actorcluster.observations.ingested", "{observation}", "Observations acknowledged by an ASIN grain, by status");

    /// <summary>Observations refused, by <c>reason</c> (a <see cref="RejectionReason"/> class, not the free text).</summary>
    public static readonly Counter<long> ObservationsRejected = Meter.CreateCounter<long>(
        "actorcluster.observations.rejected", "{observation}", "Observations refused at the API or by the ASIN grain, by reason class");

    /// <summary>Durable alert transitions, by <c>tier</c> (None, Yellow, Orange, Red) and <c>kind</c> (Firing, Resolved …).</summary>
    public static readonly Counter<long> AlertTransitions = Meter.CreateCounter<long>(
        "actorcluster.alerts.transitions", "{transition}", "Alert transitions made durable by ASIN grains, by tier and kind");

    /// <summary>From the grain recording a notice (<see cref="AlertNotice.RaisedAt"/>) to a silo handing it to SignalR.</summary>
    public static readonly Histogram<double> AlertDeliveryLatency = Meter.CreateHistogram(
        "actorcluster.alerts.delivery.latency", "s", "Alert notice recorded by the grain to handed to SignalR", advice: SecondsBuckets);

    /// <summary>Duration of one grain state write, by <c>state</c> name and <c>outcome</c> (ok or error).</summary>
    public static readonly Histogram<double> StateWriteDuration = Meter.CreateHistogram(
        "actorcluster.grain.state.write.duration", "s", "Grain state write duration", advice: SecondsBuckets);

    /// <summary>Observations the market simulator generated and sent to ASIN grains; its rate is the simulator rate.</summary>
    public static readonly Counter<long> SimulatedObservations = Meter.CreateCounter<long>(
        "actorcluster.simulator.observations", "{observation}", "Observations sent by the market simulator");

    /// <summary>Counts the outcomes of one durable ingest call.</summary>
    public static void RecordIngest(IReadOnlyList<IngestResult> results)
    {
        if (!ObservationsIngested.Enabled && !ObservationsRejected.Enabled) return;
        int accepted = 0, duplicate = 0, corrected = 0;
        foreach (var r in results)
        {
            switch (r.Status)
            {
                case IngestStatus.Accepted: accepted++; break;
                case IngestStatus.Duplicate: duplicate++; break;
                case IngestStatus.Corrected: corrected++; break;
                default: RecordRejected(RejectionReason.Classify(r.Reason)); break;
            }
        }
        Add(ObservationsIngested, accepted, "status", "accepted");
        Add(ObservationsIngested, duplicate, "status", "duplicate");
        Add(ObservationsIngested, corrected, "status", "corrected");
    }

    /// <summary>Counts one refused observation under a reason class (see <see cref="RejectionReason"/>).</summary>
    public static void RecordRejected(string reason, int count = 1) => Add(ObservationsRejected, count, "reason", reason);

    /// <summary>Counts durable alert transitions by tier and kind.</summary>
    public static void RecordTransitions(IEnumerable<AlertTransition> transitions)
    {
        if (!AlertTransitions.Enabled) return;
        foreach (var t in transitions)
            AlertTransitions.Add(1, new KeyValuePair<string, object?>("tier", t.Tier.ToString()), new KeyValuePair<string, object?>("kind", t.Kind.ToString()));
    }

    /// <summary>Records, for each notice, the time from its recording to now (clamped at zero against clock skew between silos).</summary>
    public static void RecordDelivery(IEnumerable<AlertNotice> notices)
    {
        if (!AlertDeliveryLatency.Enabled) return;
        var now = DateTime.UtcNow;
        foreach (var n in notices)
            AlertDeliveryLatency.Record(Math.Max(0, (now - n.RaisedAt).TotalSeconds));
    }

    /// <summary>Runs one state write and records its duration and outcome; the write's exception propagates unchanged.</summary>
    public static async Task TimeStateWrite(Func<Task> write, string state)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            await write();
            outcome = "ok";
        }
        finally
        {
            StateWriteDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("state", state), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>Counts observations the simulator sent.</summary>
    public static void RecordSimulated(int count) => Add(SimulatedObservations, count, null, null);

    private static void Add(Counter<long> counter, int count, string? tag, string? value)
    {
        if (count <= 0) return;
        if (tag is null) counter.Add(count);
        else counter.Add(count, new KeyValuePair<string, object?>(tag, value));
    }
}
