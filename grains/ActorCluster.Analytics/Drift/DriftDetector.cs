using System.Buffers;

namespace ActorCluster.Analytics.Drift;

/// <summary>
/// Distribution-drift detector: the last <c>recent</c> observations are compared with the
/// <c>reference</c> observations just before them by a two-sample <see cref="KolmogorovSmirnov"/> test;
/// drift is reported when p &lt; α.
/// </summary>
/// <remarks>
/// Both windows slide over one ring of <c>reference + recent</c> values. <see cref="TryPush"/> is O(1);
/// <see cref="Check"/> sorts both windows, O((r + m) log(r + m)), in preallocated buffers (no allocation).
/// </remarks>
public sealed class DriftDetector
{
    private readonly double[] _ring;
    private int _next;

    /// <summary>Creates an empty detector.</summary>
    /// <param name="referenceSize">Observations in the reference window (≥ 1; default 120).</param>
    /// <param name="recentSize">Observations in the recent window (≥ 1; default 30).</param>
    /// <param name="alpha">Significance level in (0, 1); default 0.01.</param>
    public DriftDetector(int referenceSize = 120, int recentSize = 30, double alpha = 0.01)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(referenceSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(recentSize, 1);
        if (!(alpha > 0 && alpha < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "must be in (0, 1)");
        (ReferenceSize, RecentSize, Alpha) = (referenceSize, recentSize, alpha);
        _ring = new double[referenceSize + recentSize];
    }

    /// <summary>Reference window length.</summary>
    public int ReferenceSize { get; }

    /// <summary>Recent window length.</summary>
    public int RecentSize { get; }

    /// <summary>Significance level α.</summary>
    public double Alpha { get; }

    /// <summary>Observations accepted over the lifetime.</summary>
    public long Count { get; private set; }

    /// <summary>True once both windows are full.</summary>
    public bool IsReady => Count >= _ring.Length;

    /// <summary>Adds an observation; NaN/∞ is rejected (returns false, state unchanged).</summary>
    public bool TryPush(double value)
    {
        if (!double.IsFinite(value)) return false;
        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        Count++;
        return true;
    }

    /// <summary>
    /// Runs the test. While the windows are filling the report is invalid with a reason and
    /// <see cref="DriftReport.IsDrift"/> is false; a constant series gives D = 0, p = 1, no drift.
    /// </summary>
    public DriftReport Check()
    {
        if (!IsReady)
            return new DriftReport(false, Alpha, KolmogorovSmirnovResult.Invalid(
                "not enough observations to fill the reference and recent windows", (int)Math.Min(Count, ReferenceSize), 0));
        // Pooled scratch: no per-detector buffers on the heap of every ASIN, and no allocation per check.
        var reference = ArrayPool<double>.Shared.Rent(ReferenceSize);
        var recent = ArrayPool<double>.Shared.Rent(RecentSize);
        try
        {
            for (int i = 0; i < _ring.Length; i++)
            {
                double v = _ring[(_next + i) % _ring.Length]; // oldest first
                if (i < ReferenceSize) reference[i] = v;
                else recent[i - ReferenceSize] = v;
            }
            var a = reference.AsSpan(0, ReferenceSize);
            var b = recent.AsSpan(0, RecentSize);
            var test = KolmogorovSmirnov.TwoSample(a, b, a, b);
            return new DriftReport(test.IsValid && test.PValue < Alpha, Alpha, test);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(reference);
            ArrayPool<double>.Shared.Return(recent);
        }
    }

    /// <summary>The held observations, oldest first, for persistence (allocates).</summary>
    public double[] ExportWindow()
    {
        int held = (int)Math.Min(Count, _ring.Length);
        var values = new double[held];
        for (int i = 0; i < held; i++) values[i] = _ring[(_next - held + i + _ring.Length) % _ring.Length];
        return values;
    }

    /// <summary>Rebuilds a detector by replaying <paramref name="window"/> (oldest first); NaN/∞ entries are skipped.</summary>
    public static DriftDetector FromWindow(ReadOnlySpan<double> window, int referenceSize = 120, int recentSize = 30, double alpha = 0.01)
    {
        var detector = new DriftDetector(referenceSize, recentSize, alpha);
        foreach (var v in window) detector.TryPush(v);
        return detector;
    }
}
