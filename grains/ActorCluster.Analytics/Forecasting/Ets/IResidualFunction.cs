namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>A vector of residuals r(x) whose sum of squares a least-squares optimiser minimises.</summary>
internal interface IResidualFunction
{
    /// <summary>Number of residuals.</summary>
    int Count { get; }

    /// <summary>Writes r(x) into <paramref name="residuals"/>; false when x is outside the function's domain.</summary>
    bool Evaluate(ReadOnlySpan<double> x, Span<double> residuals);

    /// <summary>
    /// Evaluates <paramref name="count"/> points at once (row-major, count × dim; count a multiple of
    /// <see cref="System.Numerics.Vector{T}.Count"/>). Residuals are written time-major (residuals[t·count + k]);
    /// <paramref name="sumSquares"/>[k] is Σ r², or +∞ when point k is outside the domain.
    /// </summary>
    void EvaluateBatch(ReadOnlySpan<double> points, int count, Span<double> residuals, Span<double> sumSquares);
}
