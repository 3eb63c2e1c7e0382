namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>What <see cref="AutoForecaster"/> does with NaN and ±∞ in the series.</summary>
public enum MissingValueHandling
{
    /// <summary>
    /// Treat them as missing: leading ones are dropped (the series starts at its first finite value), interior
    /// gaps are linearly interpolated between their finite neighbours, trailing ones repeat the last finite value.
    /// Refused when more than <see cref="ForecastPolicy.MaxMissingFraction"/> of the values are missing.
    /// </summary>
    Interpolate,

    /// <summary>Refuse the series, with the position of the first non-finite value as the reason.</summary>
    Refuse,
}
