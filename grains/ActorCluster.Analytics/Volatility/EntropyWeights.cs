namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Balances the history layer against the recent (dynamic) layer with the <see cref="EntropyWeightMethod"/>
/// over the last m pairs of layer volatilities, then clamps the recent layer's weight by regime:
/// trending → [60%, 80%], choppy or unknown → [45%, 55%] (about 50/50). Defaults follow MISSION §5.
/// </summary>
/// <remarks>
/// O(1) and allocation-free per push: the entropy of each layer needs only <c>Σ x</c> and <c>Σ x ln x</c>
/// over the window, kept as running sums and recomputed from the ring once per m pushes.
/// </remarks>
public sealed class EntropyWeights
{
    private readonly double[] _history;
    private readonly double[] _recent;
    private readonly double[] _historyXLogX; // x ln x of each held value, so a value leaving costs no logarithm
    private readonly double[] _recentXLogX;
    private readonly double _logWindow;
    private int _next;
    private double _sumH, _sumHLogH, _sumR, _sumRLogR;

    /// <summary>Creates an empty balancer over <paramref name="window"/> pairs (20 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">If a bound is outside [0, 1] or min &gt; max.</exception>
    public EntropyWeights(int window = 20, double trendingMin = 0.6, double trendingMax = 0.8, double choppyMin = 0.45, double choppyMax = 0.55)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        CheckBounds(trendingMin, trendingMax);
        CheckBounds(choppyMin, choppyMax);
        _history = new double[window];
        _recent = new double[window];
        _historyXLogX = new double[window];
        _recentXLogX = new double[window];
        _logWindow = Math.Log(window);
        (TrendingBounds, ChoppyBounds) = ((trendingMin, trendingMax), (choppyMin, choppyMax));
    }

    /// <summary>Window length m.</summary>
    public int Window => _history.Length;

    /// <summary>Pairs pushed over the lifetime.</summary>
    public long Count { get; private set; }

    /// <summary>Allowed recent-layer weight in a trending regime.</summary>
    public (double Min, double Max) TrendingBounds { get; }

    /// <summary>Allowed recent-layer weight in a choppy or unknown regime.</summary>
    public (double Min, double Max) ChoppyBounds { get; }

    /// <summary>Unclamped entropy weight of the recent layer; 0.5 with fewer than two pairs or when neither layer varies.</summary>
    public double RawRecentWeight { get; private set; } = 0.5;

    /// <summary>Weights for <paramref name="regime"/>: <see cref="RawRecentWeight"/> clamped to the regime's bounds.</summary>
    public LayerWeights For(MarketRegime regime)
    {
        var (min, max) = regime == MarketRegime.Trending ? TrendingBounds : ChoppyBounds;
        return LayerWeights.FromRecent(Math.Clamp(RawRecentWeight, min, max));
    }

    /// <summary>Adds one pair of layer volatilities; NaN, ∞ or negative values are ignored (returns false).</summary>
    public bool TryPush(double historySigma, double recentSigma)
    {
        if (!double.IsFinite(historySigma) || !double.IsFinite(recentSigma) || historySigma < 0 || recentSigma < 0) return false;
        int k = _next;
        double hLogH = XLogX(historySigma), rLogR = XLogX(recentSigma);
        _sumH += historySigma - _history[k]; _sumHLogH += hLogH - _historyXLogX[k];
        _sumR += recentSigma - _recent[k]; _sumRLogR += rLogR - _recentXLogX[k];
        (_history[k], _historyXLogX[k], _recent[k], _recentXLogX[k]) = (historySigma, hLogH, recentSigma, rLogR);
        if (++_next == Window) { _next = 0; Recompute(); }
        Count++;
        if (Count < 2) return true;
        double logRows = Count >= Window ? _logWindow : Math.Log(Count);
        double dh = EntropyWeightMethod.Divergence(_sumH, _sumHLogH, logRows);
        double dr = EntropyWeightMethod.Divergence(_sumR, _sumRLogR, logRows);
        RawRecentWeight = dh + dr > 0 ? dr / (dh + dr) : 0.5;
        return true;
    }

    /// <summary>Snapshot of the window, oldest first (allocates).</summary>
    public EntropyWeightsState ExportState()
    {
        int m = (int)Math.Min(Count, Window);
        var h = new double[m];
        var r = new double[m];
        for (int i = 0; i < m; i++)
        {
            int k = (_next - m + i + Window) % Window;
            h[i] = _history[k]; r[i] = _recent[k];
        }
        return new EntropyWeightsState(h, r);
    }

    /// <summary>Replays a snapshot into this (empty or not) instance; invalid pairs are skipped.</summary>
    public void ImportState(EntropyWeightsState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.History.Length != state.Recent.Length) throw new ArgumentException("layer arrays differ in length", nameof(state));
        Array.Clear(_history); Array.Clear(_recent); Array.Clear(_historyXLogX); Array.Clear(_recentXLogX);
        (_next, Count, RawRecentWeight) = (0, 0, 0.5);
        Recompute();
        for (int i = 0; i < state.History.Length; i++) TryPush(state.History[i], state.Recent[i]);
    }

    private void Recompute()
    {
        (_sumH, _sumHLogH, _sumR, _sumRLogR) = (0, 0, 0, 0);
        for (int i = 0; i < Window; i++)
        {
            _sumH += _history[i]; _sumHLogH += _historyXLogX[i];
            _sumR += _recent[i]; _sumRLogR += _recentXLogX[i];
        }
    }

    private static double XLogX(double x) => x > 0 ? x * Math.Log(x) : 0;

    private static void CheckBounds(double min, double max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
    }
}
