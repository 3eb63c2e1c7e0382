namespace ActorCluster.Analytics.Volatility;

/// <summary>Whether a series is moving in one direction or back and forth.</summary>
public enum MarketRegime
{
    /// <summary>Not enough data to tell; weighted like <see cref="Choppy"/>.</summary>
    Unknown = 0,

    /// <summary>Back and forth: history and recent data share the weight about 50/50.</summary>
    Choppy = 1,

    /// <summary>Directional: the recent (dynamic) layer gets 60–80% of the weight.</summary>
    Trending = 2,
}
