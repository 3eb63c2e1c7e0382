namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// One demand effect as a simulation uses it: its value, the standard deviation drawn around it once per path
/// (0: taken as certain), whether it was estimated from the ASIN's history, and in words what was done and why.
/// </summary>
/// <param name="Value">Elasticity, or the log of the promotion uplift, at the centre of the draws.</param>
/// <param name="Spread">Standard deviation of the draws on the same scale as <paramref name="Value"/>.</param>
/// <param name="Estimated">False when the history could not carry the effect and a neutral value was assumed.</param>
/// <param name="Note">What was estimated or assumed, and why.</param>
public sealed record AssumedEffect(double Value, double Spread, bool Estimated, string Note);
