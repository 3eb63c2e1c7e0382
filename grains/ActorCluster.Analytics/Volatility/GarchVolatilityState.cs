namespace ActorCluster.Analytics.Volatility;

/// <summary>Plain, version-stable snapshot of a <see cref="GarchVolatility"/> for persistence.</summary>
/// <param name="IsFitted">Whether the parameters are meaningful.</param>
/// <param name="Mu">Constant mean μ.</param>
/// <param name="Omega">Variance intercept ω.</param>
/// <param name="Alpha">ARCH coefficient α.</param>
/// <param name="Beta">GARCH coefficient β.</param>
/// <param name="ConditionalVariance">Variance of the next observation, h_{t+1}.</param>
/// <param name="LogLikelihood">Log-likelihood of the last fit.</param>
public sealed record GarchVolatilityState(
    bool IsFitted, double Mu, double Omega, double Alpha, double Beta, double ConditionalVariance, double LogLikelihood);
