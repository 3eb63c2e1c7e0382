namespace ActorCluster;

/// <summary>A demand effect as a what-if used it: the value, its uncertainty, whether it was estimated, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfEffect
{
    /// <summary>Price elasticity of units, or the promotion uplift as a multiplier of units (1 = none).</summary>
    [Id(0)] public double Value { get; init; }
    /// <summary>Standard deviation drawn around the value per path (elasticity: on its own scale; uplift: of its log); 0 = taken as certain.</summary>
    [Id(1)] public double Spread { get; init; }
    /// <summary>False when the ASIN's history could not carry the effect and a neutral value was assumed (see <see cref="Note"/>).</summary>
    [Id(2)] public bool Estimated { get; init; }
    /// <summary>What was estimated or assumed, and why (e.g. "the price barely varied").</summary>
    [Id(3)] public string Note { get; init; } = "";
}
