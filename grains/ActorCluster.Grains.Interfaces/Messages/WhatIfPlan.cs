using System.Globalization;

namespace ActorCluster;

/// <summary>
/// A what-if plan for one ASIN: a price change for the whole horizon and promotion periods (the first
/// <see cref="PromotionDays"/> periods, and/or the listed <see cref="PromotionSteps"/>), projected by Monte Carlo.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfPlan
{
    /// <summary>Bounds of <see cref="PriceChange"/>: −90% to +200%.</summary>
    public const double MinPriceChange = -0.9, MaxPriceChange = 2.0;

    /// <summary>Longest horizon, in periods.</summary>
    public const int MaxHorizon = 90;

    /// <summary>Bounds of <see cref="Paths"/>.</summary>
    public const int MinPaths = 100, MaxPaths = 10_000;

    /// <summary>Relative price change from the last price, e.g. −0.10 for a 10% cut; −0.9 to +2 (default 0).</summary>
    [Id(0)] public double PriceChange { get; init; }

    /// <summary>Promotion on the first this many periods (1 = the next period only); 0 to <see cref="Horizon"/> (default 0).</summary>
    [Id(1)] public int PromotionDays { get; init; }

    /// <summary>Further promotion periods by step number, 1 = the next period; each 1 to <see cref="Horizon"/>.</summary>
    [Id(2)] public IReadOnlyList<int> PromotionSteps { get; init; } = [];

    /// <summary>Periods projected, 1 to <see cref="MaxHorizon"/> (default 28).</summary>
    [Id(3)] public int Horizon { get; init; } = 28;

    /// <summary>Monte Carlo sample paths, <see cref="MinPaths"/> to <see cref="MaxPaths"/> (default 2,000).</summary>
    [Id(4)] public int Paths { get; init; } = 2000;

    /// <summary>Seed of the random draws: the same plan, seed and history give the same projection (default 1).</summary>
    [Id(5)] public int Seed { get; init; } = 1;

    /// <summary>What is wrong with the plan, by property name; empty when it is usable.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (!double.IsFinite(PriceChange) || PriceChange < MinPriceChange || PriceChange > MaxPriceChange)
            problems[nameof(PriceChange)] = $"PriceChange must be between {MinPriceChange} (-90%) and {MaxPriceChange} (+200%), was {F(PriceChange)}";
        bool horizonOk = Horizon is >= 1 and <= MaxHorizon;
        if (!horizonOk) problems[nameof(Horizon)] = $"Horizon must be 1..{MaxHorizon} periods, was {Horizon}";
        if (PromotionDays < 0 || PromotionDays > (horizonOk ? Horizon : MaxHorizon))
            problems[nameof(PromotionDays)] = $"PromotionDays must be 0..{(horizonOk ? Horizon : MaxHorizon)} (the horizon), was {PromotionDays}";
        if (PromotionSteps is null) problems[nameof(PromotionSteps)] = "PromotionSteps must be a list (it may be empty)";
        else if (PromotionSteps.Where(s => s < 1 || s > (horizonOk ? Horizon : MaxHorizon)).ToArray() is { Length: > 0 } bad)
            problems[nameof(PromotionSteps)] = $"PromotionSteps must each be 1..{(horizonOk ? Horizon : MaxHorizon)} (the horizon), found {string.Join(", ", bad)}";
        if (Paths is < MinPaths or > MaxPaths) problems[nameof(Paths)] = $"Paths must be {MinPaths}..{MaxPaths}, was {Paths}";
        return problems;
    }

    /// <summary>The promotion flag of each of the <see cref="Horizon"/> periods (the plan must be usable).</summary>
    public bool[] PromotionMask()
    {
        var mask = new bool[Horizon];
        for (int i = 0; i < PromotionDays && i < Horizon; i++) mask[i] = true;
        foreach (var step in PromotionSteps ?? []) if (step >= 1 && step <= Horizon) mask[step - 1] = true;
        return mask;
    }

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);
}
