namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Seasonal component of an ETS model with season length m.</summary>
public enum EtsSeason
{
    /// <summary>No seasonality ("N").</summary>
    None = 0,

    /// <summary>Additive seasonal offsets s, constrained to sum to 0 over one season at the start.</summary>
    Additive = 1,

    /// <summary>Multiplicative seasonal factors s, constrained to sum to m at the start; strictly positive series only.</summary>
    Multiplicative = 2,
}
