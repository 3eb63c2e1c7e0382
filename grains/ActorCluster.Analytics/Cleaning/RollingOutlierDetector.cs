using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Cleaning;

/// <summary>
/// Outlier tests of each new value against the last <see cref="Length"/> periods: the modified z-score
/// (median/MAD), Tukey's fences (IQR) and 3-sigma. Promotion periods are exempt.
/// </summary>
/// <remarks>
/// <para>Definitions. Reference set: the finite values of non-promotion periods in the window, the new
/// value included (the batch definitions, so a value gets the same flags from <see cref="Push"/> and
/// from <see cref="FlagWindow"/>). Modified z = 0.6745·(x − median)/MAD, flagged above 3.5 in absolute
/// value (Iglewicz &amp; Hoaglin 1993, <i>How to Detect and Handle Outliers</i>, ASQC). Quartiles by
/// linear interpolation (Hyndman &amp; Fan 1996, type 7); fences Q1 − k·IQR and Q3 + k·IQR with k = 1.5
/// (Tukey 1977, <i>Exploratory Data Analysis</i>). 3-sigma: |x − mean| &gt; 3·s with the sample s.</para>
/// <para>Edge cases. No test fires with fewer than <c>minimumCount</c> reference values, and a test
/// abstains when its scale is 0 (MAD, IQR or s): with more than half the window equal (say, zero sales
/// most days) every other value would otherwise be flagged. Promotion periods stay out of the reference
/// set (a deal's spike would inflate the scale and hide real errors) and are never flagged: when a test
/// would fire the result is <see cref="OutlierFlags.PromotionExempt"/> alone. Missing values flag nothing.</para>
/// <para>Cost per push: O(log n) comparisons plus one memmove of the sorted values between the old and
/// new positions (at most n doubles), MAD in O(log n), everything else O(1); no allocation.
/// <see cref="FlagWindow"/> is O(n).</para>
/// </remarks>
public sealed class RollingOutlierDetector
{
    /// <summary>Iglewicz &amp; Hoaglin's constant, Φ⁻¹(0.75): makes the MAD consistent with σ for normal data.</summary>
    public const double MadScale = 0.6745;

    private readonly double[] _values;
    private readonly bool[] _promotions;
    private readonly SortedWindow _sorted;
    private readonly double _robustZ, _tukeyK, _sigmas;
    private readonly int _minimumCount;
    private WindowedMoments _moments;
    private int _next, _sinceRecompute;

    /// <param name="length">Periods in the window, at least 2 (default 60).</param>
    /// <param name="robustZThreshold">Modified z-score limit (default 3.5).</param>
    /// <param name="tukeyK">Fence multiple of the IQR (default 1.5).</param>
    /// <param name="sigmaThreshold">Standard deviations from the mean (default 3).</param>
    /// <param name="minimumCount">Reference values needed before any test fires (default 10).</param>
    public RollingOutlierDetector(int length = 60, double robustZThreshold = 3.5, double tukeyK = 1.5, double sigmaThreshold = 3, int minimumCount = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        if (!(robustZThreshold > 0 && tukeyK > 0 && sigmaThreshold > 0)) throw new ArgumentOutOfRangeException(nameof(robustZThreshold), "thresholds must be positive");
        _values = new double[length];
        _promotions = new bool[length];
        _sorted = new SortedWindow(length);
        (_robustZ, _tukeyK, _sigmas, _minimumCount) = (robustZThreshold, tukeyK, sigmaThreshold, minimumCount);
        Clear();
    }

    public int Length => _values.Length;

    /// <summary>Periods held, missing and promotion ones included.</summary>
    public int Count { get; private set; }

    /// <summary>Values in the reference set (finite, not on promotion).</summary>
    public int ReferenceCount => _sorted.Count;

    public double Median { get; private set; }

    /// <summary>Median absolute deviation from the median (unscaled); NaN when the reference set is empty.</summary>
    public double MedianAbsoluteDeviation { get; private set; }

    public double LowerQuartile { get; private set; }

    public double UpperQuartile { get; private set; }

    public double Mean => _moments.MeanOrNaN;

    /// <summary>Sample standard deviation of the reference set; NaN with fewer than two values.</summary>
    public double StandardDeviation => Math.Sqrt(_moments.Variance);

    /// <summary>0.6745·(x − median)/MAD; NaN when the MAD is 0 or undefined.</summary>
    public double ModifiedZScore(double value) =>
        MedianAbsoluteDeviation > 0 ? MadScale * (value - Median) / MedianAbsoluteDeviation : double.NaN;

    /// <summary>Adds one period and returns the flags of its value against the updated window.</summary>
    public OutlierFlags Push(double value, bool promotion)
    {
        double x = double.IsFinite(value) ? value : double.NaN;
        bool entering = !double.IsNaN(x) && !promotion;
        bool leaving = false;
        double old = double.NaN;
        if (Count == Length)
        {
            old = _values[_next];
            leaving = !double.IsNaN(old) && !_promotions[_next];
            _sinceRecompute++;
        }
        else Count++;
        if (leaving && entering) _sorted.Replace(old, x);
        else if (leaving) _sorted.Remove(old);
        else if (entering) _sorted.Insert(x);
        if (leaving) _moments.Remove(old);
        if (entering) _moments.Add(x);
        _values[_next] = x;
        _promotions[_next] = promotion;
        _next = _next + 1 == Length ? 0 : _next + 1;
        if (_sinceRecompute >= Length) RecomputeMoments();
        RefreshOrderStatistics();
        return Classify(x, promotion);
    }

    /// <summary>Flags of <paramref name="value"/> against the current window (rules in the type remarks). O(1).</summary>
    public OutlierFlags Classify(double value, bool promotion)
    {
        if (!double.IsFinite(value) || _sorted.Count < _minimumCount) return OutlierFlags.None;
        var flags = OutlierFlags.None;
        if (MedianAbsoluteDeviation > 0 && Math.Abs(ModifiedZScore(value)) > _robustZ) flags |= OutlierFlags.RobustZScore;
        double iqr = UpperQuartile - LowerQuartile;
        if (iqr > 0 && (value < LowerQuartile - _tukeyK * iqr || value > UpperQuartile + _tukeyK * iqr)) flags |= OutlierFlags.Tukey;
        double s = StandardDeviation;
        if (s > 0 && Math.Abs(value - Mean) > _sigmas * s) flags |= OutlierFlags.ThreeSigma;
        if (flags == OutlierFlags.None) return flags;
        if (promotion) return OutlierFlags.PromotionExempt;
        return value < Median ? flags | OutlierFlags.Low : flags;
    }

    /// <summary>Writes the flags of every held period, oldest first, against the current window; returns how many. O(n).</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="Count"/>.</exception>
    public int FlagWindow(Span<OutlierFlags> destination)
    {
        if (destination.Length < Count) throw new ArgumentException($"destination holds {destination.Length} flags, {Count} needed", nameof(destination));
        int start = Count == Length ? _next : 0;
        for (int j = 0; j < Count; j++)
        {
            int i = (start + j) % Length;
            destination[j] = Classify(_values[i], _promotions[i]);
        }
        return Count;
    }

    /// <summary>Replaces the state with the last <see cref="Length"/> periods of the inputs (oldest first).</summary>
    public void Rebuild(ReadOnlySpan<double> values, ReadOnlySpan<bool> promotions)
    {
        if (values.Length != promotions.Length) throw new ArgumentException("values and promotions must have the same length", nameof(promotions));
        Clear();
        for (int i = Math.Max(0, values.Length - Length); i < values.Length; i++) Push(values[i], promotions[i]);
    }

    /// <summary>Forgets every period.</summary>
    public void Clear()
    {
        _sorted.Clear();
        _moments = default;
        _next = _sinceRecompute = Count = 0;
        RefreshOrderStatistics();
    }

    private void RefreshOrderStatistics()
    {
        Median = _sorted.Median;
        MedianAbsoluteDeviation = _sorted.MedianAbsoluteDeviation(Median);
        LowerQuartile = _sorted.Quantile(0.25);
        UpperQuartile = _sorted.Quantile(0.75);
    }

    private void RecomputeMoments()
    {
        double sum = 0;
        for (int k = 0; k < _sorted.Count; k++) sum += _sorted[k];
        double mean = sum / _sorted.Count, m2 = 0;
        for (int k = 0; k < _sorted.Count; k++) m2 += (_sorted[k] - mean) * (_sorted[k] - mean);
        _moments = _sorted.Count == 0 ? default : new WindowedMoments(_sorted.Count, mean, m2);
        _sinceRecompute = 0;
    }
}
