using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Features;

/// <summary>
/// Owns every rolling accumulator of one ASIN and turns each period's <see cref="FeatureInput"/> into a
/// <see cref="FeatureVector"/>: O(1) per push (O(log n) for the outlier order statistics), no allocation
/// once the calendar has seen the year.
/// </summary>
/// <remarks>
/// <para>Contract: one push per period, in period order, gaps included (push a missing value, or an
/// imputed one from <see cref="GapFiller"/>); the engine does not reorder. A correction or a late
/// observation changes history, so the grain updates its window and calls <see cref="Rebuild"/>.</para>
/// <para>Bad input never throws: units that are not finite or are negative, and prices that are not
/// finite or not positive, are treated as missing (see <see cref="FeatureVector"/> for what becomes NaN).</para>
/// <para>Persistence: nothing here is persisted. Window statistics and the lifecycle trend are exact
/// functions of the last 250 periods; EWMA and RSI are recursive and a replay of n periods matches the
/// live value to within (1 − α)ⁿ (see <see cref="Ewma"/>, <see cref="RelativeStrengthIndex"/>), below 1e-12
/// for the defaults and a window of 400 periods.</para>
/// </remarks>
public sealed class FeatureEngine
{
    // Indices into the units moments, whose lengths are RollingMoments.DefaultLengths = 7, 20, 30, 60, 250.
    private const int U7 = 0, U20 = 1, U30 = 2, U60 = 3, U250 = 4;
    private const int P7 = 0, P30 = 1;

    private readonly FeatureEngineOptions _options;
    private readonly RollingMoments _units = new();
    private readonly RollingMoments _prices = new([7, 30], 1);
    private readonly Ewma _unitsEwma, _priceEwma;
    private readonly RelativeStrengthIndex _unitsRsi, _priceRsi;
    private readonly LifecycleEstimator _lifecycle;
    private readonly RollingOutlierDetector? _outliers;
    private FeatureVector _current;
    private int _periods;

    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public FeatureEngine(FeatureEngineOptions? options = null)
    {
        _options = options ?? new FeatureEngineOptions();
        _options.Validate();
        _unitsEwma = Ewma.FromSpan(_options.EwmaSpan);
        _priceEwma = Ewma.FromSpan(_options.EwmaSpan);
        _unitsRsi = new RelativeStrengthIndex(_options.RsiPeriod);
        _priceRsi = new RelativeStrengthIndex(_options.RsiPeriod);
        _lifecycle = new LifecycleEstimator(_options.LifecycleWindow, _options.LifecycleMinimumPeriods,
            _options.LifecycleGrowthThreshold, _options.LifecycleDeclineThreshold);
        _outliers = _options.OutlierWindow > 0 ? new RollingOutlierDetector(_options.OutlierWindow) : null;
        Reset();
    }

    public FeatureEngineOptions Options => _options;

    /// <summary>Periods pushed since the last reset or rebuild.</summary>
    public int Periods => _periods;

    /// <summary>The features of the last period pushed (default before the first push).</summary>
    public ref readonly FeatureVector Current => ref _current;

    /// <summary>Absorbs one period and returns its features.</summary>
    public FeatureVector Push(in FeatureInput input)
    {
        Push(input, out var features);
        return features;
    }

    /// <summary>Absorbs one period and writes its features into <paramref name="features"/>. Never throws.</summary>
    public void Push(in FeatureInput input, out FeatureVector features)
    {
        double units = GapFiller.IsObservedUnits(input.Units) ? input.Units : double.NaN;
        double price = GapFiller.IsObservedPrice(input.Price) ? input.Price : double.NaN;
        double baseline = _units.MeanAt(U20); // the 20 periods before this one
        _units.Push(units);
        _prices.Push(price);
        _unitsEwma.Push(units);
        _priceEwma.Push(price);
        _unitsRsi.Push(units);
        _priceRsi.Push(price);
        _lifecycle.Push(units);
        var outlier = _outliers?.Push(units, input.Promotion) ?? OutlierFlags.None;
        var calendar = CalendarFeatures.Of(input.Period, _options.Period, _options.Calendar);
        _periods++;

        _current = new FeatureVector
        {
            Period = input.Period,
            Periods = _periods,
            Units = units,
            Price = price,
            Promotion = input.Promotion,
            DayOfWeek = calendar.DayOfWeek,
            Month = calendar.Month,
            WeekOfYear = calendar.WeekOfYear,
            HourOfDay = calendar.HourOfDay,
            EventMask = calendar.EventMask,
            UnitsLag1 = _units.Lag(1),
            UnitsLag7 = _units.Lag(7),
            UnitsLag30 = _units.Lag(30),
            PriceLag1 = _prices.Lag(1),
            UnitsMean7 = _units.MeanAt(U7),
            UnitsStd7 = _units.StandardDeviationAt(U7),
            UnitsMean20 = _units.MeanAt(U20),
            UnitsStd20 = _units.StandardDeviationAt(U20),
            UnitsMean30 = _units.MeanAt(U30),
            UnitsStd30 = _units.StandardDeviationAt(U30),
            UnitsMean60 = _units.MeanAt(U60),
            UnitsStd60 = _units.StandardDeviationAt(U60),
            UnitsMean250 = _units.MeanAt(U250),
            UnitsStd250 = _units.StandardDeviationAt(U250),
            PriceMean7 = _prices.MeanAt(P7),
            PriceStd7 = _prices.StandardDeviationAt(P7),
            PriceMean30 = _prices.MeanAt(P30),
            PriceStd30 = _prices.StandardDeviationAt(P30),
            UnitsEwma = _unitsEwma.Value,
            PriceEwma = _priceEwma.Value,
            UnitsRsi = _unitsRsi.Value,
            PriceRsi = _priceRsi.Value,
            VolumeRatio = baseline > 0 ? units / baseline : double.NaN,
            PricePromotion = input.Promotion ? price : 0,
            Lifecycle = _lifecycle.Stage,
            TrendSlope = _lifecycle.Slope,
            RelativeTrend = _lifecycle.RelativeSlope,
            UnitsOutlier = outlier,
        };
        features = _current;
    }

    /// <summary>Pushes each input in order, writing the features of each into <paramref name="features"/> (same length or longer).</summary>
    public void Replay(ReadOnlySpan<FeatureInput> inputs, Span<FeatureVector> features)
    {
        if (features.Length < inputs.Length) throw new ArgumentException($"features holds {features.Length} vectors, {inputs.Length} needed", nameof(features));
        for (int i = 0; i < inputs.Length; i++) Push(inputs[i], out features[i]);
    }

    /// <summary>Resets, then replays <paramref name="window"/> (oldest first): the state after activation or a correction. O(n).</summary>
    public void Rebuild(ReadOnlySpan<FeatureInput> window)
    {
        Reset();
        foreach (ref readonly var input in window) Push(input, out _);
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        _units.Clear();
        _prices.Clear();
        _unitsEwma.Reset();
        _priceEwma.Reset();
        _unitsRsi.Reset();
        _priceRsi.Reset();
        _lifecycle.Reset();
        _outliers?.Clear();
        _periods = 0;
        _current = default;
    }
}
