namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// The entropy weight method: criteria whose values vary more across samples carry more information and
/// get more weight (Shannon 1948; as a weighting method e.g. Zou, Yun and Sun 2006, "Entropy method for
/// determination of weight of evaluating indicators in fuzzy synthetic evaluation for water quality
/// assessment", J. Environmental Sciences 18(5):1020–1023).
/// </summary>
/// <remarks>
/// For an m × k matrix of non-negative values: <c>p_ij = x_ij / Σ_i x_ij</c>,
/// <c>e_j = -(1 / ln m) Σ_i p_ij ln p_ij</c> (with 0 ln 0 = 0), <c>d_j = 1 - e_j</c>,
/// <c>w_j = d_j / Σ_j d_j</c>. Here the values are volatilities (ratio scale), so the usual min–max
/// normalisation is skipped; that also keeps the rolling form O(1) (see <see cref="EntropyWeights"/>).
/// When no criterion varies (all <c>d_j = 0</c>) the weights are equal.
/// </remarks>
public static class EntropyWeightMethod
{
    /// <summary>
    /// Computes weights for a row-major <paramref name="rows"/> × <paramref name="columns"/> matrix.
    /// Returns false (weights untouched) for fewer than two rows, mismatched sizes, or a NaN, ∞ or
    /// negative value; a column summing to zero has entropy 1 (no information).
    /// </summary>
    public static bool TryCompute(ReadOnlySpan<double> matrix, int rows, int columns, Span<double> weights)
    {
        if (rows < 2 || columns < 1 || matrix.Length != rows * columns || weights.Length < columns) return false;
        foreach (var v in matrix) if (!double.IsFinite(v) || v < 0) return false;
        double total = 0;
        for (int j = 0; j < columns; j++)
        {
            double sum = 0, sumXLogX = 0;
            for (int i = 0; i < rows; i++)
            {
                double x = matrix[i * columns + j];
                sum += x;
                if (x > 0) sumXLogX += x * Math.Log(x);
            }
            weights[j] = Divergence(sum, sumXLogX, rows);
            total += weights[j];
        }
        for (int j = 0; j < columns; j++) weights[j] = total > 0 ? weights[j] / total : 1.0 / columns;
        return true;
    }

    /// <summary>
    /// <c>d = 1 - e</c> from the sums <c>S = Σ x</c> and <c>T = Σ x ln x</c> of one criterion over m rows:
    /// <c>Σ p ln p = T / S - ln S</c>, so <c>e = (ln S - T / S) / ln m</c>. Clamped to [0, 1].
    /// </summary>
    internal static double Divergence(double sum, double sumXLogX, int rows) =>
        rows < 2 ? 0 : Divergence(sum, sumXLogX, Math.Log(rows));

    /// <summary><see cref="Divergence(double, double, int)"/> with <c>ln m</c> precomputed (m ≥ 2).</summary>
    internal static double Divergence(double sum, double sumXLogX, double logRows)
    {
        if (!(sum > 0)) return 0;
        double entropy = (Math.Log(sum) - sumXLogX / sum) / logRows;
        return Math.Clamp(1 - entropy, 0, 1);
    }
}
