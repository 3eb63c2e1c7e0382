namespace ActorCluster.Client.Bench;

/// <summary>One step of a probe ASIN's cycle: what to ingest, and whether its push latency is measured.</summary>
public sealed record PushProbeStep(Observation[] Observations, bool Measured, string Kind);

/// <summary>
/// The probe ASINs: a steady daily history (units ~20±2, price 10, rank ~1000), then cycles of a spike day
/// (units 400, price 5, rank 200), two normal days, and a quiet stretch of normal days sent as one unmeasured batch.
/// Measured: pure spike/normal alternation fires once and then never again, because the volatility layers
/// (sd of log-changes over 20/60 periods, GARCH, ATR) learn the swings; the quiet stretch lets them settle, so every
/// cycle fires on the spike and resolves on one of the two normal days. Not thread-safe per ASIN: one worker owns each.
/// </summary>
public sealed class PushProbeFeed
{
    /// <summary>Days of steady history before the first probe.</summary>
    public const int HistoryDays = 60;

    /// <summary>Probe category, so category reports of probes never mix with the background load's.</summary>
    public const string Category = "Probe";

    // 9 years back: inside a 10-year Alerts:LiveHorizon, so every probe period is judged, and far enough from today
    // for several thousand days of cycles before the grain's future-skew limit.
    private readonly DateTime _firstDay = DateTime.UtcNow.Date.AddDays(-9 * 365);
    private readonly DateTime _lastDay = DateTime.UtcNow.Date.AddDays(-1);
    private readonly string[] _asins;
    private readonly int[] _nextDay;
    private readonly int[] _step;
    private readonly int _quietDays;

    public PushProbeFeed(int count, int quietDays)
    {
        _asins = [.. Enumerable.Range(0, count).Select(i => $"PR{i:D8}")];
        _nextDay = new int[count];
        _step = new int[count];
        _quietDays = quietDays;
    }

    public int Count => _asins.Length;

    public IReadOnlyList<string> Asins => _asins;

    public string Asin(int index) => _asins[index];

    /// <summary>The steady history of ASIN <paramref name="index"/>; the cycles start the day after it.</summary>
    public Observation[] History(int index)
    {
        _nextDay[index] = HistoryDays;
        return [.. Enumerable.Range(0, HistoryDays).Select(d => Normal(index, d))];
    }

    /// <summary>True when the next cycle would reach today (the run was longer than the days left).</summary>
    public bool Exhausted(int index) => _firstDay.AddDays(_nextDay[index] + 3 + _quietDays) > _lastDay;

    /// <summary>The next step of ASIN <paramref name="index"/>'s cycle; advances it.</summary>
    public PushProbeStep Next(int index)
    {
        var step = _step[index];
        _step[index] = (step + 1) % (_quietDays > 0 ? 4 : 3);
        var day = _nextDay[index];
        if (step == 3)
        {
            _nextDay[index] = day + _quietDays;
            return new PushProbeStep([.. Enumerable.Range(day, _quietDays).Select(d => Normal(index, d))], false, "quiet");
        }
        _nextDay[index] = day + 1;
        return step == 0
            ? new PushProbeStep([Spike(index, day)], true, "spike")
            : new PushProbeStep([Normal(index, day)], true, "normal");
    }

    private Observation Spike(int index, int day) => new()
    {
        PeriodStart = _firstDay.AddDays(day), Units = 400, Price = 5, Currency = "USD", SalesRank = 200, Category = Category, InStock = true,
    };

    private Observation Normal(int index, int day)
    {
        // A fixed integer mix (not HashCode, which is seeded per process), so every run sends the same values.
        var h = unchecked((uint)(index * 73_856_093) ^ (uint)(day * 19_349_663));
        h = unchecked((h ^ (h >> 16)) * 0x45D9F3Bu);
        h ^= h >> 16;
        return new Observation
        {
            PeriodStart = _firstDay.AddDays(day), Units = 18 + h % 5, Price = 10, Currency = "USD",
            SalesRank = 950 + (h >> 8) % 101, Category = Category, InStock = true,
        };
    }
}
