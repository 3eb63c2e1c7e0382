namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// Multiplicative seasonal indices by position in the cycle, estimated as the M4 organisers do: when the
/// 90% autocorrelation test (<see cref="SeasonalityTest"/>) finds seasonality, the indices of a classical
/// multiplicative decomposition (<see cref="ClassicalDecomposition"/>); otherwise all ones.
/// </summary>
/// <remarks>
/// Position 0 is the first observation of the fitted sample; observation t (0-based, counting updates)
/// is adjusted by <c>Index(t) = Indices[t mod m]</c>. The M4 forecasts multiply the adjusted forecast of
/// step j by the index of position n - 1 + j, which this type reproduces.
/// </remarks>
public sealed class SeasonalAdjustment
{
    private readonly double[] _indices;

    private SeasonalAdjustment(double[] indices) => _indices = indices;

    /// <summary>No seasonal adjustment (period 1, index 1).</summary>
    public static SeasonalAdjustment None { get; } = new([1.0]);

    /// <summary>The cycle length; 1 when not seasonal.</summary>
    public int Period => _indices.Length;

    /// <summary>True when the indices are not all ones.</summary>
    public bool IsSeasonal => _indices.Length > 1;

    /// <summary>A copy of the indices, one per position in the cycle.</summary>
    public double[] Indices => (double[])_indices.Clone();

    /// <summary>The index for 0-based position <paramref name="t"/>.</summary>
    public double Index(long t) => _indices[(int)(t % _indices.Length)];

    /// <summary>
    /// The M4 rule: test for seasonality with period <paramref name="period"/>, decompose when seasonal.
    /// Never throws; falls back to <see cref="None"/> when the period is below 2, the test fails or the
    /// decomposition is not usable (non-positive data).
    /// </summary>
    public static SeasonalAdjustment Estimate(ReadOnlySpan<double> y, int period)
    {
        if (period < 2 || !SeasonalityTest.IsSeasonal(y, period)) return None;
        return ClassicalDecomposition.TryMultiplicativeIndices(y, period, out var idx, out _) ? new(idx) : None;
    }

    /// <summary>Rebuilds from stored indices; false when any index is not positive and finite.</summary>
    public static bool TryFromIndices(ReadOnlySpan<double> indices, out SeasonalAdjustment adjustment)
    {
        adjustment = None;
        if (indices.Length == 0) return false;
        foreach (var v in indices)
            if (!(v > 0) || !double.IsFinite(v)) return false;
        adjustment = indices.Length == 1 ? None : new(indices.ToArray());
        return true;
    }

    /// <summary>
    /// Reads the seasonal indices stored at the tail of a model's parameter vector: the period at index 1 and
    /// the indices from <paramref name="header"/> on. False with a reason when they do not fit together.
    /// </summary>
    public static bool TryReadTail(double[] parameters, int header, out SeasonalAdjustment adjustment, out string reason)
    {
        int m = (int)parameters[1];
        if (m >= 1 && parameters.Length == header + m && TryFromIndices(parameters.AsSpan(header), out adjustment))
        {
            reason = "";
            return true;
        }
        adjustment = None;
        reason = "bad seasonal indices";
        return false;
    }

    /// <summary>Writes the indices to <paramref name="destination"/> (length <see cref="Period"/>).</summary>
    public void CopyTo(Span<double> destination) => _indices.CopyTo(destination);
}
