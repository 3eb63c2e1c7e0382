namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// Schedules the labelled anomalies of one ASIN: how many (Poisson at the scenario's rates after the
/// warm-up), which kind, how big and where. Anomalies keep 3 days apart, and their onset (up to 17 days
/// from the start) stays clear of promotions, stock-outs and holidays, so each label marks one cause.
/// </summary>
internal static class AnomalyPlanner
{
    private const int Gap = 3;
    private const int CleanOnsetDays = 17;
    private const int Attempts = 30;

    // Shares of the regular anomalies by kind; the extreme scenario's extra ones are all ExtremeMove.
    private static readonly (AnomalyKind Kind, double Share)[] Shares =
    [
        (AnomalyKind.Spike, 0.25), (AnomalyKind.Drop, 0.15), (AnomalyKind.LevelShift, 0.10), (AnomalyKind.VarianceChange, 0.10),
        (AnomalyKind.ExtremeMove, 0.20), (AnomalyKind.BadPrice, 0.10), (AnomalyKind.MissingData, 0.10),
    ];

    public static PlannedAnomaly[] Plan(MarketScenario scenario, bool intermittent, DayUse[] days, ref Xoshiro256StarStar rng)
    {
        int from = Math.Min(scenario.AnomalyWarmupDays, scenario.Days), span = scenario.Days - from;
        if (span <= 0) return [];
        int regular = (int)RandomVariates.Poisson(ref rng, scenario.AnomalyRate * span);
        int extreme = scenario.Extreme ? (int)RandomVariates.Poisson(ref rng, scenario.ExtremeMoveRate * span) : 0;
        var planned = new List<PlannedAnomaly>(regular + extreme);
        for (int i = 0; i < regular + extreme; i++)
        {
            var (kind, metric, length, factor) = Draft(i < regular ? Pick(ref rng) : AnomalyKind.ExtremeMove, intermittent, scenario.Anomaly, ref rng);
            for (int attempt = 0; attempt < Attempts; attempt++)
            {
                int first = from + rng.NextInt(span), last = Math.Min(first + length - 1, scenario.Days - 1);
                if (!Fits(days, kind, first, last)) continue;
                for (int t = first; t <= last; t++) days[t] |= DayUse.Anomaly;
                planned.Add(new PlannedAnomaly(kind, metric, first, last, factor));
                break;
            }
        }
        planned.Sort((a, b) => a.First.CompareTo(b.First));
        return [.. planned];
    }

    private static AnomalyKind Pick(ref Xoshiro256StarStar rng)
    {
        double u = rng.NextDouble();
        foreach (var (kind, share) in Shares)
        {
            if ((u -= share) < 0) return kind;
        }
        return Shares[^1].Kind;
    }

    // Intermittent sellers sell too little for a drop or a variance change to mean anything: they get a spike instead.
    private static (AnomalyKind, AnomalyMetric, int, double) Draft(AnomalyKind kind, bool intermittent, AnomalyRanges r, ref Xoshiro256StarStar rng)
    {
        if (intermittent && kind is AnomalyKind.Drop or AnomalyKind.VarianceChange) kind = AnomalyKind.Spike;
        bool up = rng.NextDouble() < 0.5;
        return kind switch
        {
            AnomalyKind.Spike => (kind, AnomalyMetric.Units, r.SpikeDays.Days(ref rng), r.SpikeFactor.Uniform(ref rng)),
            AnomalyKind.Drop => (kind, AnomalyMetric.Units, r.DropDays.Days(ref rng), r.DropFactor.Uniform(ref rng)),
            AnomalyKind.LevelShift => (kind, AnomalyMetric.Units, r.LevelShiftDays.Days(ref rng),
                up || intermittent ? r.LevelShiftUp.Uniform(ref rng) : r.LevelShiftDown.Uniform(ref rng)),
            AnomalyKind.VarianceChange => (kind, AnomalyMetric.Units, r.VarianceDays.Days(ref rng), r.VarianceFactor.Uniform(ref rng)),
            AnomalyKind.ExtremeMove => (kind, intermittent || rng.NextDouble() < 0.5 ? AnomalyMetric.Price : AnomalyMetric.Units,
                r.ExtremeMoveDays.Days(ref rng), up ? 1 + r.ExtremeMoveSize.Uniform(ref rng) : 1 - r.ExtremeMoveSize.Uniform(ref rng)),
            AnomalyKind.BadPrice => (kind, AnomalyMetric.Price, 1, up ? 100 : 0.01),
            _ => (AnomalyKind.MissingData, AnomalyMetric.All, r.MissingDays.Days(ref rng), double.NaN),
        };
    }

    private static bool Fits(DayUse[] days, AnomalyKind kind, int first, int last)
    {
        for (int t = Math.Max(0, first - Gap); t <= Math.Min(days.Length - 1, last + Gap); t++)
        {
            if ((days[t] & DayUse.Anomaly) != 0) return false;
        }
        if (kind == AnomalyKind.MissingData) return true;
        const DayUse busy = DayUse.Promotion | DayUse.StockOut | DayUse.Holiday;
        for (int t = Math.Max(0, first - 2); t <= Math.Min(days.Length - 1, Math.Min(last + 2, first + CleanOnsetDays)); t++)
        {
            if ((days[t] & busy) != 0) return false;
        }
        return true;
    }
}
