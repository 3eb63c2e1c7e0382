namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Base volatility layer: rolling sample standard deviation of log-changes over a short, medium and long
/// window (20, 60, 250 periods by default), O(1) and allocation-free per <see cref="TryPush"/>.
/// </summary>
/// <remarks>
/// One ring buffer of the long window's length feeds three <see cref="WindowMoments"/> accumulators
/// (compensated shifted sums, O(1) add/replace, exact up to rounding of the result: a jump that leaves the
/// window leaves no residue). Every <c>longWindow</c> pushes the accumulators are rebuilt from the ring to
/// re-centre their shift (amortised O(1): two passes over at most 330 values once per long window).
/// Before a window is full its statistics cover the changes seen so far; with fewer than two changes the
/// standard deviation is NaN. Log-changes follow <see cref="LogChangeKind"/>.
/// </remarks>
public sealed class RollingVolatility
{
    private readonly int[] _lengths;
    private readonly WindowMoments[] _moments = new WindowMoments[3];
    private readonly double[] _ring;
    private int _next;
    private int _sinceRecompute;
    private double _lastTransformed = double.NaN;

    /// <summary>Creates an empty layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unless 2 ≤ short ≤ medium ≤ long.</exception>
    public RollingVolatility(LogChangeKind kind = LogChangeKind.LogRatio, int shortWindow = 20, int mediumWindow = 60, int longWindow = 250)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shortWindow, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(mediumWindow, shortWindow);
        ArgumentOutOfRangeException.ThrowIfLessThan(longWindow, mediumWindow);
        Kind = kind;
        _lengths = [shortWindow, mediumWindow, longWindow];
        _ring = new double[longWindow];
    }

    /// <summary>The log transform applied to levels.</summary>
    public LogChangeKind Kind { get; }

    /// <summary>Log-changes pushed over the lifetime.</summary>
    public long Count { get; private set; }

    /// <summary>Last accepted level; NaN before the first.</summary>
    public double LastLevel { get; private set; } = double.NaN;

    /// <summary>Last log-change; NaN before the second level.</summary>
    public double LastChange { get; private set; } = double.NaN;

    /// <summary>Log-transformed last level; NaN before the first.</summary>
    internal double LastTransformed => _lastTransformed;

    /// <summary>Number of log-changes currently held (at most the long window).</summary>
    public int Held => (int)Math.Min(Count, _ring.Length);

    /// <summary>Length of a window.</summary>
    public int WindowLength(VolatilityHorizon horizon) => _lengths[(int)horizon];

    /// <summary>Sample standard deviation of the log-changes in a window; NaN with fewer than two.</summary>
    public double StdDev(VolatilityHorizon horizon) => Math.Sqrt(_moments[(int)horizon].Variance);

    /// <summary>Mean log-change in a window; NaN when empty.</summary>
    public double Mean(VolatilityHorizon horizon) => _moments[(int)horizon].Mean;

    /// <summary>
    /// Adds a level. A NaN/∞ level or one outside the transform's domain is rejected and leaves the state
    /// unchanged; the first valid level only becomes the reference. <paramref name="change"/> is NaN unless accepted.
    /// </summary>
    public PushStatus TryPush(double level, out double change)
    {
        change = double.NaN;
        if (!double.IsFinite(level)) return PushStatus.NotFinite;
        double transformed = LogChange.Transform(level, Kind);
        if (double.IsNaN(transformed)) return PushStatus.OutOfDomain;
        double previous = _lastTransformed;
        LastLevel = level;
        _lastTransformed = transformed;
        if (double.IsNaN(previous)) return PushStatus.FirstLevel;
        change = transformed - previous;
        PushChange(change);
        return PushStatus.Accepted;
    }

    /// <summary>Copies the held log-changes, oldest first, into <paramref name="destination"/>; returns how many.</summary>
    public int CopyChanges(Span<double> destination)
    {
        GetLast(Math.Min(Held, destination.Length), out var first, out var second);
        first.CopyTo(destination);
        second.CopyTo(destination[first.Length..]);
        return first.Length + second.Length;
    }

    /// <summary>Snapshot of the raw window for persistence (allocates).</summary>
    public RollingVolatilityState ExportState()
    {
        var changes = new double[Held];
        CopyChanges(changes);
        return new RollingVolatilityState(changes, LastLevel, Count);
    }

    /// <summary>Rebuilds a layer from <paramref name="state"/>; non-finite changes or a bad level throw.</summary>
    public static RollingVolatility FromState(RollingVolatilityState state, LogChangeKind kind = LogChangeKind.LogRatio,
        int shortWindow = 20, int mediumWindow = 60, int longWindow = 250)
    {
        ArgumentNullException.ThrowIfNull(state);
        var layer = new RollingVolatility(kind, shortWindow, mediumWindow, longWindow);
        var changes = state.Changes.AsSpan(Math.Max(0, state.Changes.Length - longWindow));
        foreach (var c in changes)
        {
            if (!double.IsFinite(c)) throw new ArgumentException("state holds a non-finite change", nameof(state));
            layer.PushChange(c);
        }
        if (!double.IsNaN(state.LastLevel))
        {
            layer._lastTransformed = LogChange.Transform(state.LastLevel, kind);
            if (double.IsNaN(layer._lastTransformed)) throw new ArgumentException("state holds an invalid level", nameof(state));
            layer.LastLevel = state.LastLevel;
        }
        layer.Count = Math.Max(state.Count, changes.Length);
        layer.LastChange = changes.Length > 0 ? changes[^1] : double.NaN;
        return layer;
    }

    private void PushChange(double change)
    {
        for (int i = 0; i < 3; i++)
        {
            ref var m = ref _moments[i];
            if (m.Count < _lengths[i]) m.Add(change);
            else
            {
                int old = _next - _lengths[i];
                m.Replace(_ring[old < 0 ? old + _ring.Length : old], change);
            }
        }
        _ring[_next] = change;
        if (++_next == _ring.Length) _next = 0;
        Count++;
        LastChange = change;
        if (++_sinceRecompute >= _ring.Length) Recompute();
    }

    private void Recompute()
    {
        _sinceRecompute = 0;
        for (int i = 0; i < 3; i++)
        {
            GetLast(Math.Min(Held, _lengths[i]), out var first, out var second);
            _moments[i].Recompute(first, second);
        }
    }

    private void GetLast(int m, out ReadOnlySpan<double> first, out ReadOnlySpan<double> second)
    {
        int start = (_next - m + _ring.Length) % _ring.Length;
        if (start + m <= _ring.Length) { first = _ring.AsSpan(start, m); second = default; }
        else { first = _ring.AsSpan(start); second = _ring.AsSpan(0, m - first.Length); }
    }
}
