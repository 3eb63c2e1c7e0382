using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// The life-cycle curve of one product, in simulated-day indexes (day 0 = the scenario's start; the
/// product may have launched before it, so the indexes can be negative).
/// </summary>
/// <remarks>
/// The level (a share of the mature demand) is a logistic rise from <see cref="IntroductionLevel"/> to 1,
/// centred in the growth phase with scale (growth length)/8, so it covers 2%–98% of the rise within the
/// phase; from <see cref="DeclineStart"/> it decays exponentially with <see cref="DeclineHalfLife"/>.
/// </remarks>
/// <param name="Launch">Launch day: the introduction starts.</param>
/// <param name="GrowthStart">First day of growth.</param>
/// <param name="MaturityStart">First day of maturity.</param>
/// <param name="DeclineStart">First day of decline.</param>
/// <param name="IntroductionLevel">Demand during introduction as a share of the mature level.</param>
/// <param name="DeclineHalfLife">Days for demand to halve in decline.</param>
public sealed record LifeCyclePhases(int Launch, int GrowthStart, int MaturityStart, int DeclineStart, double IntroductionLevel, double DeclineHalfLife)
{
    /// <summary>The stage on day <paramref name="t"/>.</summary>
    public LifecycleStage StageAt(int t) =>
        t < GrowthStart ? LifecycleStage.Introduction
        : t < MaturityStart ? LifecycleStage.Growth
        : t < DeclineStart ? LifecycleStage.Maturity
        : LifecycleStage.Decline;

    /// <summary>Demand on day <paramref name="t"/> as a share of the mature level, in (0, 1].</summary>
    public double Level(int t)
    {
        double middle = 0.5 * (GrowthStart + MaturityStart), scale = (MaturityStart - GrowthStart) / 8.0;
        double rise = 1 / (1 + Math.Exp(-(t - middle) / scale));
        double level = IntroductionLevel + (1 - IntroductionLevel) * rise;
        return t > DeclineStart ? level * Math.Exp(-Math.Log(2) * (t - DeclineStart) / DeclineHalfLife) : level;
    }
}
