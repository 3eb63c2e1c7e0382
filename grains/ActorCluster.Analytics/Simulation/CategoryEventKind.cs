namespace ActorCluster.Analytics.Simulation;

/// <summary>Market events shared by every ASIN of a category.</summary>
public enum CategoryEventKind
{
    /// <summary>Competitors cut their prices by Magnitude (a fraction) for a few weeks, with 3-day ramps in and out.</summary>
    PriceWar = 0,

    /// <summary>A new entrant takes Magnitude (a fraction) of every ASIN's demand from Start on, fully by End (a 14-day ramp).</summary>
    NewEntrant = 1,
}
