namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// The outcome of a what-if simulation. Per step: units and revenue under the plan and units under no change;
/// over the horizon: totals under the plan and under no change, and the per-path difference between them (the same
/// random draws drive both, so the difference isolates the plan's effect). Revenue is units × the step's price.
/// </summary>
/// <param name="Units">Units per step under the plan.</param>
/// <param name="Revenue">Revenue per step under the plan (the units band times the planned price).</param>
/// <param name="BaselineUnits">Units per step with no promotion at the reference price.</param>
/// <param name="TotalUnits">Units over the horizon under the plan.</param>
/// <param name="TotalRevenue">Revenue over the horizon under the plan.</param>
/// <param name="BaselineTotalUnits">Units over the horizon with no change.</param>
/// <param name="BaselineTotalRevenue">Revenue over the horizon with no change.</param>
/// <param name="UnitsChange">Plan minus baseline total units, per path.</param>
/// <param name="RevenueChange">Plan minus baseline total revenue, per path.</param>
/// <param name="Paths">Sample paths simulated.</param>
public sealed record WhatIfProjection(
    QuantileBand[] Units,
    QuantileBand[] Revenue,
    QuantileBand[] BaselineUnits,
    QuantileBand TotalUnits,
    QuantileBand TotalRevenue,
    QuantileBand BaselineTotalUnits,
    QuantileBand BaselineTotalRevenue,
    QuantileBand UnitsChange,
    QuantileBand RevenueChange,
    int Paths)
{
    /// <summary>Steps projected.</summary>
    public int Horizon => Units.Length;
}
