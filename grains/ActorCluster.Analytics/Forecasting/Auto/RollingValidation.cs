using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Scores candidates on the windows of a <see cref="ValidationPlan"/>: each family is fitted on the data up to every
/// origin and its forecast compared with the next window (Tashman 2000, IJF 16(4)). MASE at an origin divides by
/// the seasonal naive MAE of that origin's training part (lag 1 when that is 0, 1 when both are), so a candidate's
/// rank never depends on a degenerate scale; RMSSE uses M5's squared one-step scale (1 when that is 0). The seasonal naive forecast of every origin is kept as the OWA reference.
/// </summary>
internal sealed class RollingValidation
{
    private readonly double[] _y;
    private readonly int _m;
    private readonly bool _nonNegative;
    private readonly double[] _scale, _squaredScale, _referenceMae, _referenceSape;

    /// <param name="nonNegative">Floor every forecast at 0 before scoring (the series has no negative value).</param>
    public RollingValidation(double[] y, int m, ValidationPlan plan, bool nonNegative)
    {
        (_y, _m, Plan, _nonNegative) = (y, m, plan, nonNegative);
        int k = plan.Origins.Length;
        (_scale, _squaredScale, _referenceMae, _referenceSape) = (new double[k], new double[k], new double[k], new double[k]);
        for (int o = 0; o < k; o++)
        {
            var train = y.AsSpan(0, plan.Origins[o]);
            _scale[o] = Scale(train, m);
            _squaredScale[o] = SquaredScale(train);
            var reference = SeasonalNaive(train, m, plan.Horizon);
            _referenceMae[o] = ForecastAccuracy.Mae(Actual(o), reference);
            _referenceSape[o] = ForecastAccuracy.Smape(Actual(o), reference);
        }
    }

    public ValidationPlan Plan { get; }

    public CandidateRun Run(CandidateFamily family)
    {
        var run = new CandidateRun(family.Family, Plan.Origins.Length);
        for (int o = 0; o < Plan.Origins.Length; o++)
        {
            int origin = Plan.Origins[o];
            if (!family.TryFit(_y.AsSpan(0, origin), _m, out var model, out var reason))
            {
                run.Reason = $"not fitted on the first {origin} points: {reason}";
                return run;
            }
            run.Model = model;
            double[] forecast;
            try { forecast = model!.Forecast(Plan.Horizon).Mean; }
            catch (Exception e) when (e is ArgumentException or ArithmeticException or InvalidOperationException)
            {
                run.Reason = $"no forecast at origin {origin}: {e.Message}";
                return run;
            }
            if (!Record(run, o, forecast)) return run;
        }
        return run;
    }

    /// <summary>The median of the components' forecasts at every origin (components must be scored).</summary>
    public CandidateRun Combine(IReadOnlyList<CandidateRun> components)
    {
        var run = new CandidateRun(ModelFamily.Combination, Plan.Origins.Length) { Components = components };
        var values = new double[components.Count];
        for (int o = 0; o < Plan.Origins.Length; o++)
        {
            var median = new double[Plan.Horizon];
            for (int j = 0; j < median.Length; j++)
            {
                for (int c = 0; c < values.Length; c++) values[c] = components[c].Forecasts[o][j];
                Array.Sort(values);
                int mid = values.Length / 2;
                median[j] = values.Length % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
            }
            Record(run, o, median);
        }
        return run;
    }

    public CandidateScore Score(CandidateRun run, ValidationMetric metric)
    {
        int k = Plan.Origins.Length;
        if (!run.Scored) return new CandidateScore(run.Family, run.Name, double.NaN, double.NaN, double.NaN, double.NaN, k, run.Reason);
        double mase = 0, smape = 0, rmsse = 0, mae = 0, refMae = 0, sape = 0, refSape = 0;
        for (int o = 0; o < k; o++)
        {
            rmsse += Math.Sqrt(run.SquaredError[o] / _squaredScale[o]) / k;
            mase += run.AbsoluteError[o] / _scale[o] / k;
            smape += run.Sape[o] / k;
            (mae, refMae) = (mae + run.AbsoluteError[o] / _scale[o], refMae + _referenceMae[o] / _scale[o]);
            (sape, refSape) = (sape + run.Sape[o], refSape + _referenceSape[o]);
        }
        double error = metric switch
        {
            ValidationMetric.Smape => smape,
            ValidationMetric.Rmsse => rmsse,
            ValidationMetric.Owa => 0.5 * (Ratio(sape, refSape) + Ratio(mae, refMae)),
            _ => mase,
        };
        // NaN sorts first in .NET; a candidate whose error cannot be computed (overflow) is not ranked at all.
        if (double.IsNaN(error)) return new CandidateScore(run.Family, run.Name, double.NaN, mase, smape, rmsse, k, $"the validation {metric} is not a number");
        return new CandidateScore(run.Family, run.Name, error, mase, smape, rmsse, k, null);
    }

    private ReadOnlySpan<double> Actual(int o) => _y.AsSpan(Plan.Origins[o], Plan.Horizon);

    private bool Record(CandidateRun run, int o, double[] forecast)
    {
        if (forecast.Length != Plan.Horizon || Array.Exists(forecast, f => !double.IsFinite(f)))
        {
            run.Reason = $"non-finite forecast at origin {Plan.Origins[o]}";
            return false;
        }
        if (_nonNegative)
            for (int j = 0; j < forecast.Length; j++) forecast[j] = Math.Max(forecast[j], 0);
        run.Forecasts[o] = forecast;
        run.AbsoluteError[o] = ForecastAccuracy.Mae(Actual(o), forecast);
        run.Sape[o] = ForecastAccuracy.Smape(Actual(o), forecast);
        double rmse = ForecastAccuracy.Rmse(Actual(o), forecast);
        run.SquaredError[o] = rmse * rmse;
        return true;
    }

    private static double Ratio(double value, double reference) =>
        reference > 0 ? value / reference : value > 0 ? double.PositiveInfinity : 1;

    private static double Scale(ReadOnlySpan<double> train, int m)
    {
        double s = m >= 2 ? ForecastAccuracy.SeasonalNaiveScale(train, m) : double.NaN;
        if (!(s > 0)) s = ForecastAccuracy.SeasonalNaiveScale(train, 1);
        return s > 0 ? s : 1;
    }

    // M5's RMSSE denominator: the mean squared one-step change; 1 when the training part never changes.
    private static double SquaredScale(ReadOnlySpan<double> train)
    {
        double s = 0;
        for (int t = 1; t < train.Length; t++) s += (train[t] - train[t - 1]) * (train[t] - train[t - 1]);
        return s > 0 ? s / (train.Length - 1) : 1;
    }

    private static double[] SeasonalNaive(ReadOnlySpan<double> train, int m, int horizon)
    {
        int period = m >= 2 && train.Length >= m ? m : 1;
        var f = new double[horizon];
        for (int j = 0; j < horizon; j++) f[j] = train[train.Length - period + j % period];
        return f;
    }
}
