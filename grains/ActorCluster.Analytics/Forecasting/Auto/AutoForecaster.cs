using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Ets;
using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Chooses a forecasting model for one series automatically: ETS (form by AICc), SARIMA (orders by tests and
/// AICc), Theta, Croston-SBA/TSB for intermittent demand, seasonal naive, naive, and the median of the best of
/// them, ranked by their error on held-out validation windows (<see cref="ForecastPolicy"/>).
/// </summary>
/// <remarks>
/// <para>Selection by out-of-sample error rather than one information criterion is what lets unlike families
/// compete (AICc is not comparable between ETS, ARIMA and the benchmarks); cf. Fildes &amp; Petropoulos (2015,
/// IJF 31(3)) on selection by validation, Kourentzes et al. (2019) on median combinations.</para>
/// <para>A series with no negative value is treated as sales: validation forecasts are floored at 0 before
/// scoring, and <see cref="AutoForecastResult.Forecast"/> floors the final forecast the same way.</para>
/// <para>Fast mode fits every family once, on the series minus one validation window, and lets the winner absorb
/// that window with <see cref="IForecastModel.Update"/>: its parameters come from all but the last window's
/// observations. Accurate mode scores several origins and refits the winner on the whole series.</para>
/// <para><see cref="Select"/> never throws on the data: empty, too short, NaN/±∞ (see
/// <see cref="MissingValueHandling"/>), a bad season length or horizon give a reason instead of a model; a
/// constant series (all zeros included) gets the naive model, whose forecast is that constant.</para>
/// <para>Holds no state besides its settings: one instance may serve concurrent callers.</para>
/// </remarks>
public sealed class AutoForecaster
{
    private readonly EtsOptions _ets;
    private readonly AutoSarimaOptions _sarima;

    /// <summary>A forecaster with <paramref name="policy"/> (default <see cref="ForecastPolicy.Fast"/>).</summary>
    /// <exception cref="ArgumentException">When the policy is not valid (<see cref="ForecastPolicy.Validate"/>).</exception>
    public AutoForecaster(ForecastPolicy? policy = null)
    {
        Policy = policy ?? ForecastPolicy.Fast;
        if (Policy.Validate() is { } problem) throw new ArgumentException(problem, nameof(policy));
        _ets = Policy.Ets ?? (Policy.Mode == AutoForecastMode.Fast ? new EtsOptions { AllowMultiplicativeSeason = false } : new EtsOptions());
        _sarima = Policy.Sarima ?? (Policy.Mode == AutoForecastMode.Fast
            ? new AutoSarimaOptions { Search = AutoSarimaSearch.Candidates }
            : AutoSarimaOptions.Default);
    }

    /// <summary>The settings in use.</summary>
    public ForecastPolicy Policy { get; }

    /// <summary>
    /// Chooses and fits a model for <paramref name="y"/> with season length <paramref name="seasonLength"/>
    /// (1 = none; 7 daily, 24 hourly, 52 weekly) for forecasts up to <paramref name="horizon"/> steps ahead.
    /// </summary>
    public AutoForecastResult Select(ReadOnlySpan<double> y, int seasonLength, int horizon)
    {
        var mode = Policy.Mode;
        if (seasonLength < 1) return AutoForecastResult.Refused($"the season length must be at least 1, got {seasonLength}", mode);
        if (horizon < 1) return AutoForecastResult.Refused($"the horizon must be at least 1, got {horizon}", mode);
        if (!SeriesPreparation.TryPrepare(y, Policy, out var series, out int imputed, out var reason))
            return AutoForecastResult.Refused(reason, mode);
        DemandClassification? demand = DemandClassification.TryClassify(series, out var c, out _) ? c : null;
        bool nonNegative = Array.TrueForAll(series, v => v >= 0);
        var result = new AutoForecastResult { Mode = mode, Observations = series.Length, ImputedValues = imputed, Demand = demand, NonNegative = nonNegative };
        if (Array.TrueForAll(series, v => v == series[0]))
        {
            NaiveModel.TryFit(series, out var naive, out _);
            return result with { Model = naive, Family = ModelFamily.Naive, Note = $"constant series ({series[0]}): naive forecast" };
        }

        bool intermittent = Policy.UseIntermittent && demand?.Class is DemandClass.Intermittent or DemandClass.Lumpy;
        var metric = intermittent ? Policy.IntermittentMetric : Policy.Metric;
        var plan = ValidationPlan.For(series.Length, horizon, Policy);
        var validation = new RollingValidation(series, seasonLength, plan, nonNegative);
        var runs = Families(intermittent).Select(validation.Run).ToList();
        if (runs.Count == 0) return AutoForecastResult.Refused("no candidate family is enabled by the policy", mode);
        var scores = runs.Select(r => validation.Score(r, metric)).ToList();
        if (Policy.UseCombination && Combination(runs, scores, validation) is { } combined)
        {
            runs.Add(combined);
            scores.Add(validation.Score(combined, metric));
        }

        var ranking = scores.Select((s, i) => (s, i)).OrderBy(x => x.s.Scored ? 0 : 1).ThenBy(x => x.s.Error).ThenBy(x => x.i).ToList();
        result = result with { Ranking = ranking.Select(x => x.s).ToList(), ValidationHorizon = plan.Horizon, ValidationOrigins = plan.Origins.Length };
        if (!ranking[0].s.Scored)
            return result with { Reason = "no candidate could be fitted: " + string.Join("; ", ranking.Select(x => $"{x.s.Family}: {x.s.Reason}")) };

        var (best, winner) = (ranking[0].s, runs[ranking[0].i]);
        var model = FinalModel(winner, series, seasonLength, plan);
        string runnerUp = ranking.Count > 1 && ranking[1].s.Scored ? $"; next {ranking[1].s.Model} {ranking[1].s.Error:G4}" : "";
        return result with
        {
            Model = model,
            Family = winner.Family,
            Note = $"{best.Model} by validation {metric} {best.Error:G4} over {plan.Origins.Length} origin(s) of {plan.Horizon}{runnerUp}",
        };
    }

    private IEnumerable<CandidateFamily> Families(bool intermittent)
    {
        var p = Policy;
        if (intermittent && p.IntermittentDemand == IntermittentDemandHandling.Classify)
        {
            yield return new IntermittentFamily(IntermittentMethod.CrostonSba);
            yield return new IntermittentFamily(IntermittentMethod.Tsb);
            yield break;
        }
        if (p.UseEts) yield return new EtsFamily(_ets);
        if (p.UseSarima && (p.Mode == AutoForecastMode.Accurate || p.SarimaInFastMode)) yield return new SarimaFamily(_sarima);
        if (p.UseTheta) yield return new ThetaFamily();
        if (intermittent) yield return new IntermittentFamily(IntermittentMethod.Selected);
        if (p.UseSeasonalNaive) yield return new SeasonalNaiveFamily();
        if (p.UseNaive) yield return new NaiveFamily();
    }

    private CandidateRun? Combination(List<CandidateRun> runs, List<CandidateScore> scores, RollingValidation validation)
    {
        var best = runs.Zip(scores).Where(x => x.Second.Scored && double.IsFinite(x.Second.Error))
            .OrderBy(x => x.Second.Error).Take(Policy.CombinationSize).Select(x => x.First).ToList();
        return best.Count >= 2 ? validation.Combine(best) : null;
    }

    /// <summary>The winner positioned after the last observation: refitted (accurate) or updated through the last window (fast).</summary>
    private IForecastModel FinalModel(CandidateRun winner, double[] series, int m, ValidationPlan plan)
    {
        if (winner.Family == ModelFamily.Combination)
            return new MedianCombination(winner.Components.Select(c => FinalModel(c, series, m, plan)).ToList());
        var model = winner.Model!;
        if (Policy.Mode == AutoForecastMode.Accurate && Family(winner.Family).TryRefit(series, m, model, out var refit, out _))
            return refit!;
        for (int t = plan.LastOrigin; t < series.Length; t++) model.Update(series[t]);
        return model;
    }

    private CandidateFamily Family(ModelFamily family) => family switch
    {
        ModelFamily.Ets => new EtsFamily(_ets),
        ModelFamily.Sarima => new SarimaFamily(_sarima),
        ModelFamily.Theta => new ThetaFamily(),
        ModelFamily.Intermittent => new IntermittentFamily(IntermittentMethod.Selected),
        ModelFamily.SeasonalNaive => new SeasonalNaiveFamily(),
        _ => new NaiveFamily(),
    };
}
