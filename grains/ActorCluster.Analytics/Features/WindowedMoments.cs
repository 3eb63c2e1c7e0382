namespace ActorCluster.Analytics.Features;

/// <summary>
/// Count, mean and sum of squared deviations (M2) of a window, updated by Welford's recurrence when a
/// value enters, by its exact inverse when one leaves, and by a constant-n swap when one replaces another
/// (the steady state of a full window). Non-finite values are ignored on both sides.
/// </summary>
/// <remarks>
/// Welford, B. P. (1962), "Note on a method for calculating corrected sums of squares and products",
/// Technometrics 4(3); the removal step inverts it (mean₋ = mean − (x − mean)/(n − 1)). Removal can
/// lose precision when a value much larger than the rest leaves, so owners recompute exactly (two-pass)
/// once per window turnover, which bounds the drift to the rounding of one window's worth of updates.
/// </remarks>
internal struct WindowedMoments(int count, double mean, double m2)
{
    public int Count = count;
    public double Mean = mean;
    public double M2 = m2;

    public void Add(double x)
    {
        if (!double.IsFinite(x)) return;
        Count++;
        double d = x - Mean;
        Mean += d / Count;
        M2 += d * (x - Mean);
    }

    public void Remove(double x)
    {
        if (!double.IsFinite(x) || Count == 0) return;
        if (Count == 1)
        {
            this = default;
            return;
        }
        Count--;
        double d = x - Mean;
        Mean -= d / Count;
        M2 -= d * (x - Mean);
        if (M2 < 0) M2 = 0;
    }

    /// <summary>
    /// Swaps <paramref name="leaving"/> for <paramref name="entering"/> at constant n (the steady state of a
    /// full window): mean₊ = mean + (x₊ − x₋)/n, M2₊ = M2 + (x₊ − x₋)(x₊ − mean₊ + x₋ − mean); no division
    /// when the caller passes 1/n.
    /// </summary>
    public void Replace(double leaving, double entering, double inverseCount)
    {
        if (!double.IsFinite(leaving) || !double.IsFinite(entering) || Count == 0)
        {
            Remove(leaving);
            Add(entering);
            return;
        }
        double delta = entering - leaving, mean = Mean + delta * inverseCount;
        M2 += delta * (entering - mean + leaving - Mean);
        Mean = mean;
        if (M2 < 0) M2 = 0;
    }

    /// <summary>Arithmetic mean; NaN when empty.</summary>
    public readonly double MeanOrNaN => Count > 0 ? Mean : double.NaN;

    /// <summary>Sample variance (divisor n − 1); NaN with fewer than two values.</summary>
    public readonly double Variance => Count > 1 ? M2 / (Count - 1) : double.NaN;

    /// <summary>Population variance (divisor n); NaN when empty.</summary>
    public readonly double PopulationVariance => Count > 0 ? M2 / Count : double.NaN;
}
