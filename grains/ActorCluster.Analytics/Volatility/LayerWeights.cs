namespace ActorCluster.Analytics.Volatility;

/// <summary>Weights of the history (rolling) layer and the recent (dynamic) layer; they sum to one.</summary>
/// <param name="History">Weight of the base layer (rolling standard deviations).</param>
/// <param name="Recent">Weight of the dynamic layer (GARCH, gap-corrected by ATR).</param>
public readonly record struct LayerWeights(double History, double Recent)
{
    /// <summary>Weights with the recent layer at <paramref name="recent"/>, clamped to [0, 1].</summary>
    public static LayerWeights FromRecent(double recent)
    {
        double r = Math.Clamp(recent, 0, 1);
        return new LayerWeights(1 - r, r);
    }

    /// <summary>50/50.</summary>
    public static LayerWeights Equal => new(0.5, 0.5);
}
