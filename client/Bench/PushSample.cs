namespace ActorCluster.Client.Bench;

/// <summary>
/// One measured probe that pushed a transition: from just before the ingest call (t0), how long until the call was
/// acknowledged, until the grain recorded the transition (its <see cref="AlertNotice.RaisedAt"/>, wall clock), and until
/// each client received it (NaN where a client did not within the timeout).
/// </summary>
public sealed record PushSample(string Transition, double AckMs, double RaisedMs, double[] DeliveredMs)
{
    /// <summary>The slowest client's delivery; infinite when a client missed it (so it counts against the target).</summary>
    public double WorstMs => DeliveredMs.Any(double.IsNaN) ? double.PositiveInfinity : DeliveredMs.Max();
}
