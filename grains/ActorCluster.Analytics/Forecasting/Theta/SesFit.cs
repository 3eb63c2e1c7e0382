namespace ActorCluster.Analytics.Forecasting.Theta;

/// <summary>
/// A simple exponential smoothing fit: smoothing constant, initial level ℓ₀, final level ℓₙ and the
/// sum of squared one-step errors Σ(yₜ − ℓₜ₋₁)² over <paramref name="Count"/> points.
/// </summary>
public readonly record struct SesFit(double Alpha, double InitialLevel, double Level, double Sse, int Count);
