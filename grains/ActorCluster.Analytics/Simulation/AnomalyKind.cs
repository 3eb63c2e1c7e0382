namespace ActorCluster.Analytics.Simulation;

/// <summary>Kinds of injected anomalies and what their <see cref="AnomalyLabel.Magnitude"/> means.</summary>
public enum AnomalyKind
{
    /// <summary>Expected units × Magnitude (&gt; 1), taken on at least 1 expected unit, for one or two days.</summary>
    Spike = 0,

    /// <summary>Expected units × Magnitude (&lt; 1) for a few days, while in stock.</summary>
    Drop = 1,

    /// <summary>Expected units × Magnitude for weeks: a sustained change of level.</summary>
    LevelShift = 2,

    /// <summary>The over-dispersion variance μ²/r × Magnitude (&gt; 1): same mean, noisier counts.</summary>
    VarianceChange = 3,

    /// <summary>A single-period move of units or of the true price by more than 15% (Magnitude = 1 ± m), held one day to two weeks.</summary>
    ExtremeMove = 4,

    /// <summary>A data glitch: the reported price is the true price × Magnitude (100 or 0.01); units are unaffected.</summary>
    BadPrice = 5,

    /// <summary>A data glitch: the feed has no data for the days (<see cref="SimulatedDay.Missing"/>).</summary>
    MissingData = 6,
}
