using ActorCluster.Analytics.Accuracy;
using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Auto;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Regressors;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Pipeline;

public sealed partial class AsinAnalytics
{
    private readonly ForecastFitter _fitter;
    private readonly AccuracyTracker _accuracy;
    private IForecastModel? _model;
    private double _pendingOneStep = double.NaN;
    private int _sinceRefit, _sinceFitAttempt;
    private bool _refitRequested, _fitAttempted;
    private ChampionChallenger? _contest;
    private readonly List<ModelChange> _changes = [];
    private int _scheduledRefits;

    /// <summary>Promotion uplift and price elasticity estimated at the last refit.</summary>
    public PromotionPriceEffects Effects { get; private set; } = PromotionPriceEffects.None("not estimated yet");

    /// <summary>The model in use, or null (see <see cref="ForecastNote"/>).</summary>
    public IForecastModel? Model => _model;

    /// <summary>The model running in shadow beside the one in use, if any.</summary>
    public IForecastModel? Challenger => _contest?.Challenger;

    /// <summary>Recent one-step accuracy of the champion and the challenger over the comparison window.</summary>
    public (AccuracySummary Champion, AccuracySummary Challenger)? ContestAccuracy =>
        _contest is null ? null : (_contest.ChampionAccuracy, _contest.ChallengerAccuracy);

    /// <summary>Challengers that replaced the champion, newest last (at most 5 kept).</summary>
    public IReadOnlyList<ModelChange> ModelChanges => _changes;

    /// <summary>Why there is no model, or what the last refit did.</summary>
    public string ForecastNote { get; private set; } = "no data yet";

    /// <summary>Period of the last successful fit.</summary>
    public DateTime? LastRefit { get; private set; }

    /// <summary>Accuracy of the recent one-step-ahead forecasts against what arrived.</summary>
    public AccuracySummary Accuracy => _accuracy.Summary;

    /// <summary>True when a refit is due: first fit once history allows, the schedule, or drift.</summary>
    public bool NeedsRefit =>
        _historyCount >= _options.EffectiveMinForecastHistory &&
        (_refitRequested || (_model is null ? !_fitAttempted || _sinceFitAttempt >= _options.RefitEvery : _sinceRefit >= _options.RefitEvery));

    /// <summary>
    /// Runs the refits that are due: the forecast model on the unit history, and GARCH for every metric whose
    /// schedule says so. Costs milliseconds; the grain calls it once per ingest call, not per observation.
    /// </summary>
    /// <param name="window">Supplies the window when a forecast refit happens, to re-estimate promotion and price effects.</param>
    public bool RefitIfDue(Func<AnalyticsInput[]>? window = null)
    {
        bool any = false;
        foreach (var t in _thresholds)
            if (t.NeedsRefit) { t.TryRefit(); any = true; }
        if (_historyCount < _options.EffectiveMinForecastHistory)
        {
            ForecastNote = $"need at least {_options.EffectiveMinForecastHistory} periods before forecasting, have {_historyCount}";
            return any;
        }
        if (!NeedsRefit) return any;
        Refit();
        if (window is not null) EstimateEffects(window());
        return true;
    }

    private void Refit()
    {
        // Drift, a failed model and every FullReselectEvery-th scheduled refit choose among all families again;
        // the other scheduled refits only re-estimate the model in use.
        bool reselect = _refitRequested || _model is null || ++_scheduledRefits % _options.FullReselectEvery == 0;
        (_sinceRefit, _sinceFitAttempt, _refitRequested, _fitAttempted) = (0, 0, false, true);
        var history = UnitHistory();
        var model = _fitter(history, _options.SeasonLength, reselect ? null : _model, out var reason);
        if (model is null)
        {
            ForecastNote = $"no forecast: {reason}";
            return;
        }
        _model = model;
        _contest = CreateContest(model, history);
        LastRefit = _last;
        ForecastNote = $"{model.Name} fitted on {history.Length} periods{(reselect ? " (model selection)" : " (warm refit)")}";
        _accuracy.MaseScale = SeasonalNaiveScale(history, _options.SeasonLength);
        _pendingOneStep = OneStep();
    }

    /// <summary>Re-estimates promotion uplift and price elasticity from <paramref name="window"/> (sorted by period).</summary>
    public void EstimateEffects(ReadOnlySpan<AnalyticsInput> window)
    {
        var units = new double[window.Length];
        var price = new double[window.Length];
        var promo = new bool[window.Length];
        // An out-of-stock period says nothing about what the price did to demand: it is left out.
        for (int i = 0; i < window.Length; i++)
            (units[i], price[i], promo[i]) = (window[i].InStock ? window[i].Units : double.NaN, window[i].Price, window[i].Promotion);
        Effects = PromotionPriceEstimator.Estimate(units, price, promo, _options.SeasonLength);
    }

    /// <summary>
    /// The forecast under a plan: for step h, a promotion flag and a price. Each step's point and interval bounds
    /// are scaled by the estimated effects against "no promotion at the last price" (the intervals only scale:
    /// the uncertainty of the effects themselves is not added). Effects that could not be estimated leave it unchanged.
    /// </summary>
    public Forecast? PlannedForecast(ReadOnlySpan<bool> promotion, ReadOnlySpan<double> price)
    {
        if (_model is null || promotion.Length == 0 || promotion.Length != price.Length) return null;
        var f = _model.Forecast(promotion.Length);
        double reference = _lastPrice;
        var scaled = new double[5][];
        double[][] source = [f.Mean, f.Lower80, f.Upper80, f.Lower95, f.Upper95];
        for (int k = 0; k < 5; k++)
        {
            scaled[k] = new double[f.Horizon];
            for (int h = 0; h < f.Horizon; h++) scaled[k][h] = Math.Max(0, source[k][h] * Effects.Multiplier(promotion[h], price[h], reference));
        }
        return new Forecast(f.Model + " with plan", scaled[0], scaled[1], scaled[2], scaled[3], scaled[4]);
    }

    // Units cannot be negative: points and bounds below zero say nothing a seller can use.
    private static Forecast FloorAtZero(Forecast f)
    {
        static double[] Floor(double[] v) => [.. v.Select(x => Math.Max(0, x))];
        return new Forecast(f.Model, Floor(f.Mean), Floor(f.Lower80), Floor(f.Upper80), Floor(f.Lower95), Floor(f.Upper95));
    }

    /// <summary>The last known price (the reference of a plan).</summary>
    public double LastPrice => _lastPrice;

    private double UpdateForecast(double units, DateTime period)
    {
        _sinceFitAttempt++;
        if (_model is null) return double.NaN;
        double residual = double.NaN, actual = units;
        if (!double.IsFinite(actual)) actual = _pendingOneStep; // keeps a seasonal model in step over a missing period
        else if (double.IsFinite(_pendingOneStep))
        {
            residual = actual - _pendingOneStep;
            _accuracy.Push(actual, _pendingOneStep);
        }
        if (!double.IsFinite(actual)) return residual;
        try
        {
            if (_contest is null) _model.Update(actual);
            else Contest(actual, period);
        }
        catch (ArgumentException e)
        {
            ForecastNote = $"{_model.Name} could not absorb {actual}: {e.Message}; refitting";
            (_model, _refitRequested) = (null, true);
            return residual;
        }
        _sinceRefit++;
        _pendingOneStep = OneStep();
        return residual;
    }

    // The contest updates both models; a challenger that beat the champion by the margin over the window takes over.
    private void Contest(double actual, DateTime period)
    {
        var contest = _contest!;
        var time = new DateTimeOffset(period, TimeSpan.Zero);
        if (contest.Observe(actual, time) is null) return;
        var evidence = contest.Promote(time);
        _model = contest.Champion;
        if (_changes.Count == 5) _changes.RemoveAt(0);
        _changes.Add(new ModelChange(period, evidence.Champion, evidence.Challenger, evidence.ChampionError, evidence.ChallengerError, evidence.Window));
        ForecastNote = $"{_model.Name} replaced {evidence.Champion}: MAE {evidence.ChallengerError:0.##} vs {evidence.ChampionError:0.##} over {evidence.Window} periods";
    }

    // The shadow model is a cheap one of another family: Theta beside anything else, seasonal naive beside Theta.
    private ChampionChallenger? CreateContest(IForecastModel champion, double[] history)
    {
        var y = new double[history.Length];
        double last = 0;
        for (int i = 0; i < y.Length; i++) y[i] = last = double.IsFinite(history[i]) ? history[i] : last;
        IForecastModel? challenger = champion is ThetaModel
            ? SeasonalNaiveModel.TryFit(y, _options.SeasonLength, out var naive, out _) ? naive : null
            : ThetaModel.TryFit(y, _options.SeasonLength, out var theta, out _) ? theta : null;
        return challenger is null ? null : new ChampionChallenger(champion, challenger);
    }

    private double OneStep() => _model is IOneStepForecast fast ? fast.OneStepForecast : _model!.Forecast(1).Mean[0];

    private void ResetForecast()
    {
        (_contest, _changes.Capacity) = (null, 5);
        _changes.Clear();
        (_model, _pendingOneStep, _sinceRefit, _sinceFitAttempt, _refitRequested, _fitAttempted, _scheduledRefits) = (null, double.NaN, 0, 0, false, false, 0);
        LastRefit = null;
        ForecastNote = "no data yet";
        _accuracy.Reset();
    }

    /// <summary>
    /// The current forecast for the configured horizon and whether it is trusted. Untrusted (too little history,
    /// no model, or an 80% interval wider than <see cref="AsinAnalyticsOptions.MaxRelativeIntervalWidth"/> times
    /// the level) means the rule-based thresholds stand alone.
    /// </summary>
    public (Forecast? Forecast, bool Trusted, string Note) CurrentForecast()
    {
        if (_model is null) return (null, false, ForecastNote);
        var f = FloorAtZero(_model.Forecast(_options.Horizon));
        double level = 0, width = 0;
        for (int i = 0; i < f.Horizon; i++) { level += Math.Abs(f.Mean[i]); width += f.Upper80[i] - f.Lower80[i]; }
        level /= f.Horizon;
        width /= f.Horizon;
        if (!double.IsFinite(width) || width > _options.MaxRelativeIntervalWidth * Math.Max(level, 1))
            return (f, false, $"{_model.Name}: 80% interval ({width:0.##}) too wide for the level ({level:0.##}); rule-based thresholds only");
        return (f, true, ForecastNote);
    }

    private static double SeasonalNaiveScale(double[] y, int m)
    {
        int lag = y.Length > m ? m : 1;
        double sum = 0;
        int n = 0;
        for (int i = lag; i < y.Length; i++)
            if (double.IsFinite(y[i]) && double.IsFinite(y[i - lag])) { sum += Math.Abs(y[i] - y[i - lag]); n++; }
        return n > 0 ? sum / n : double.NaN;
    }
}
