namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>Progress of a running Monte Carlo, safe to read from another thread while it runs.</summary>
public sealed class ReplayProgress
{
    private long _total, _done;

    /// <summary>ASIN-periods to replay in all (both variants of the backtest counted).</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>ASIN-periods replayed so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>What is running now, in words.</summary>
    public string Stage { get; private set; } = "starting";

    internal void Start(long total, string stage)
    {
        Interlocked.Exchange(ref _total, total);
        Interlocked.Exchange(ref _done, 0);
        Stage = stage;
    }

    internal void SetStage(string stage) => Stage = stage;

    internal void Advance(long periods) => Interlocked.Add(ref _done, periods);
}
