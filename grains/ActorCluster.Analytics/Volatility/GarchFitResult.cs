namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Outcome of <see cref="GarchVolatility.TryFit"/>. When <see cref="IsFitted"/> is false,
/// <see cref="Reason"/> says why and the other members describe the model still in use (if any).
/// </summary>
/// <param name="IsFitted">True when this fit converged to valid parameters.</param>
/// <param name="Reason">Null on success; otherwise a short English explanation.</param>
/// <param name="Parameters">Maximum-likelihood estimates (default when not fitted).</param>
/// <param name="LogLikelihood">Gaussian log-likelihood at <paramref name="Parameters"/>, including the
/// <c>0.5 log(2π)</c> terms; NaN when not fitted.</param>
/// <param name="Observations">Number of observations used.</param>
/// <param name="Iterations">Optimiser iterations.</param>
public sealed record GarchFitResult(
    bool IsFitted,
    string? Reason,
    GarchParameters Parameters,
    double LogLikelihood,
    int Observations,
    int Iterations)
{
    internal static GarchFitResult Failed(string reason, int observations) =>
        new(false, reason, default, double.NaN, observations, 0);
}
