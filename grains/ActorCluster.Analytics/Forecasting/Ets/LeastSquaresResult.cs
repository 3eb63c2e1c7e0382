namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Outcome of <see cref="BoundedLevenbergMarquardt.Minimize"/>.</summary>
/// <param name="Success">False when the start point was outside the function's domain.</param>
/// <param name="SumOfSquares">Sum of squared residuals at the returned point.</param>
/// <param name="Iterations">Jacobian evaluations (outer iterations).</param>
/// <param name="Evaluations">Residual evaluations, including those of finite differences.</param>
/// <param name="Converged">True when a tolerance stopped the search, false when the iteration limit did.</param>
internal readonly record struct LeastSquaresResult(bool Success, double SumOfSquares, int Iterations, int Evaluations, bool Converged);
