namespace ActorCluster;

/// <summary>A planned change for a forecast: promotion on some of the next periods and a relative price change.</summary>
[GenerateSerializer, Immutable]
public sealed record ForecastPlan
{
    /// <summary>Periods ahead, 1 to 365.</summary>
    [Id(0)] public int Horizon { get; init; } = 14;
    /// <summary>Steps (1 = next period) on which a promotion runs.</summary>
    [Id(1)] public int[] PromotionSteps { get; init; } = [];
    /// <summary>Relative price change from the last price for the whole horizon, e.g. -0.10 for a 10% cut.</summary>
    [Id(2)] public double PriceChange { get; init; }

    /// <summary>Null when the plan is usable, otherwise what is wrong with it.</summary>
    public string? Problem() =>
        Horizon is < 1 or > 365 ? $"horizon {Horizon} must be 1..365 periods"
        : PromotionSteps.FirstOrDefault(s => s < 1 || s > Horizon) is var bad && bad != 0 ? $"promotion step {bad} is outside 1..{Horizon}"
        : !double.IsFinite(PriceChange) || PriceChange <= -1 || PriceChange > 10 ? $"price change {PriceChange} must be above -1 (-100%) and at most 10 (+1000%)"
        : null;
}
