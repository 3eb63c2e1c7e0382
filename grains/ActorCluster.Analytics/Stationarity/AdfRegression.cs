namespace ActorCluster.Analytics.Stationarity;

/// <summary>Deterministic terms in the Dickey–Fuller regression (MacKinnon's "n", "c", "ct").</summary>
public enum AdfRegression
{
    /// <summary>No constant, no trend.</summary>
    None,

    /// <summary>A constant (drift under the alternative).</summary>
    Constant,

    /// <summary>A constant and a linear time trend.</summary>
    ConstantTrend,
}
