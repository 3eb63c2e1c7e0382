using ActorCluster.Analytics.Drift;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// Everything one ASIN computes per observation: cleaning of gaps, rolling features, volatility thresholds
/// for units, price and sales rank, the drift test and the forecast state. <see cref="Push"/> is O(1) and
/// allocation-free except for the forecast's one-step figure; refits are separate (<see cref="RefitIfDue"/>)
/// so a batch pays for at most one. A late or corrected period needs <see cref="Rebuild"/> from the window.
/// </summary>
public sealed partial class AsinAnalytics
{
    private const int DriftCheckEvery = 10;

    private readonly AsinAnalyticsOptions _options;
    private readonly FeatureEngine _features;
    private readonly VolatilityThreshold[] _thresholds = new VolatilityThreshold[3];
    private DriftDetector _drift;
    // Single precision: exact for unit counts below 16 million and ample for refits, at half the heap per ASIN.
    private readonly float[] _history;
    private int _historyStart, _historyCount;
    private DateTime? _last;
    private double _lastUnits = double.NaN, _lastPrice = double.NaN, _lastRank = double.NaN;
    private FeatureVector _current;
    private DriftReport? _lastDriftCheck;

    // MathNet parallelises matrix products and QR over the thread pool. For one ASIN's refit (a few hundred rows) the
    // hand-offs and spinning cost more than they save: measured, a first fit on a year of daily data drops from ~6 ms
    // to ~2 ms on one thread, with bit-identical results. Parallelism belongs a level up, across ASINs (grains, loops).
    static AsinAnalytics() => MathNet.Numerics.Control.UseSingleThread();

    public AsinAnalytics(AsinAnalyticsOptions? options = null, ForecastFitter? fitter = null)
    {
        _options = options ?? new AsinAnalyticsOptions();
        _options.Validate();
        _features = new FeatureEngine(new FeatureEngineOptions { Calendar = _options.Calendar, Period = _options.Period });
        for (int i = 0; i < 3; i++) _thresholds[i] = new VolatilityThreshold((MetricKind)i, _options.Thresholds);
        _drift = new DriftDetector(_options.DriftReference, _options.DriftRecent, _options.DriftAlpha);
        _history = new float[_options.History];
        _fitter = fitter ?? AutoForecastFitter.Fit;
        _accuracy = new Accuracy.AccuracyTracker(_options.AccuracyWindow);
    }

    public AsinAnalyticsOptions Options => _options;

    /// <summary>Periods pushed (imputed and missing ones included).</summary>
    public long Periods { get; private set; }

    public DateTime? LastPeriod => _last;

    public ref readonly FeatureVector Features => ref _current;

    public VolatilityThreshold Threshold(MetricKind metric) => _thresholds[(int)metric];

    /// <summary>The last drift test, if one has run; drift reports when the recent window left the reference one.</summary>
    public DriftReport? LastDriftCheck => _lastDriftCheck;

    /// <summary>Period at which drift was last detected.</summary>
    public DateTime? LastDrift { get; private set; }

    /// <summary>
    /// Adds the next period. A gap since the previous one is filled first: up to <see cref="AsinAnalyticsOptions.MaxGap"/>
    /// periods by interpolation (flagged in <see cref="AnalyticsStep.Imputed"/>), longer gaps as missing periods.
    /// </summary>
    /// <exception cref="InvalidOperationException">The period is not after the last one: call <see cref="Rebuild"/>.</exception>
    public AnalyticsStep Push(in AnalyticsInput input)
    {
        int imputed = 0;
        if (_last is { } last)
        {
            if (input.Period <= last) throw new InvalidOperationException($"period {input.Period:O} is not after {last:O}: rebuild instead");
            long missing = (input.Period - last).Ticks / _options.Step.Ticks - 1;
            if (missing > 0) imputed = FillGap(last, missing, input);
        }
        var step = PushOne(input);
        return step with { Imputed = imputed };
    }

    /// <summary>
    /// Brings the feedback penalty of <paramref name="metric"/> up to <paramref name="penalty"/> (in feedback steps;
    /// never lowers it): how a grain restores the cuts the alert feedback rule made before a restart.
    /// </summary>
    public void RestoreFeedbackPenalty(MetricKind metric, double penalty)
    {
        var t = _thresholds[(int)metric];
        while (t.FeedbackPenalty + 1e-9 < penalty && t.LowerRecentWeight()) { }
    }

    /// <summary>Resets everything and replays <paramref name="window"/> (sorted by period) in order.</summary>
    public void Rebuild(ReadOnlySpan<AnalyticsInput> window)
    {
        _features.Reset();
        for (int i = 0; i < 3; i++)
        {
            double penalty = _thresholds[i].FeedbackPenalty;
            _thresholds[i] = new VolatilityThreshold((MetricKind)i, _options.Thresholds);
            // The feedback penalty is learned from alert outcomes, not from the data: it survives a rebuild.
            RestoreFeedbackPenalty((MetricKind)i, penalty);
        }
        _drift = new DriftDetector(_options.DriftReference, _options.DriftRecent, _options.DriftAlpha);
        (_historyStart, _historyCount, _last, Periods) = (0, 0, null, 0);
        (_lastUnits, _lastPrice, _lastRank) = (double.NaN, double.NaN, double.NaN);
        ResetForecast();
        foreach (var x in window) Push(x);
        foreach (var t in _thresholds) if (t.NeedsRefit) t.TryRefit();
    }

    private int FillGap(DateTime last, long missing, in AnalyticsInput next)
    {
        // A gap longer than the history carries nothing forward worth keeping: replay only its tail.
        long replay = Math.Min(missing, _options.History);
        bool fill = missing <= _options.MaxGap;
        double from = _lastUnits;
        for (long k = missing - replay + 1; k <= missing; k++)
        {
            var period = last + _options.Step * k;
            if (!fill) { PushOne(AnalyticsInput.Missing(period)); continue; }
            double f = (double)k / (missing + 1);
            double units = Interpolate(from, next.Units, f);
            PushOne(new AnalyticsInput(period, units, _lastPrice, _lastRank, false));
        }
        return fill ? (int)missing : 0;
    }

    private static double Interpolate(double a, double b, double f) =>
        double.IsFinite(a) && double.IsFinite(b) ? a + (b - a) * f : double.NaN;

    private AnalyticsStep PushOne(in AnalyticsInput x)
    {
        _features.Push(new FeatureInput(x.Period, x.Units, x.Price, x.Promotion), out _current);
        var units = _thresholds[0].TryPush(x.Units);
        var price = _thresholds[1].TryPush(x.Price);
        var rank = _thresholds[2].TryPush(x.Rank);
        bool drift = false;
        if (double.IsFinite(x.Units))
        {
            _drift.TryPush(x.Units);
            if (_drift.IsReady && Periods % DriftCheckEvery == 0)
            {
                var report = _drift.Check();
                _lastDriftCheck = report;
                if (report.IsDrift) { drift = true; LastDrift = x.Period; _refitRequested = true; }
            }
        }
        double residual = UpdateForecast(x.Units, x.Period);
        Remember(x);
        return new AnalyticsStep(x.Period, 0, units, price, rank, residual, drift);
    }

    private void Remember(in AnalyticsInput x)
    {
        _last = x.Period;
        Periods++;
        if (double.IsFinite(x.Units)) _lastUnits = x.Units;
        if (double.IsFinite(x.Price)) _lastPrice = x.Price;
        if (double.IsFinite(x.Rank)) _lastRank = x.Rank;
        double y = double.IsFinite(x.Units) ? x.Units : _pendingOneStep;
        if (_historyCount < _history.Length) _history[(_historyStart + _historyCount++) % _history.Length] = (float)y;
        else { _history[_historyStart] = (float)y; _historyStart = (_historyStart + 1) % _history.Length; }
    }

    /// <summary>The unit history kept for refits, oldest first; missing periods hold the model's own forecast or NaN.</summary>
    public double[] UnitHistory()
    {
        var copy = new double[_historyCount];
        for (int i = 0; i < _historyCount; i++) copy[i] = _history[(_historyStart + i) % _history.Length];
        return copy;
    }
}
