using System.Reflection;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Grains.Asin;

/// <summary>Turns the analytics library's state into the serializable view clients read.</summary>
public static class AnalyticsViewMapper
{
    // Every numeric feature by name; read by reflection once, since the view is built on demand, not per observation.
    private static readonly PropertyInfo[] NumericFeatures = typeof(FeatureVector).GetProperties()
        .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int)).ToArray();

    public static AsinAnalyticsView Map(string asin, AsinAnalytics a, CategorySnapshot? category = null)
    {
        var features = a.Features;
        object boxed = features;
        var (forecast, trusted, note) = a.CurrentForecast();
        var drift = a.LastDriftCheck;
        return new AsinAnalyticsView
        {
            Asin = asin,
            Period = a.LastPeriod,
            Features = NumericFeatures.ToDictionary(p => p.Name, p => Convert.ToDouble(p.GetValue(boxed))),
            Lifecycle = features.Lifecycle.ToString(),
            Events = [.. a.Options.Calendar.NamesOf(features.EventMask)],
            UnitsOutlier = features.UnitsOutlier.ToString(),
            Forecast = MapForecast(a, forecast, trusted, note),
            CategoryMeanPrice = category?.MeanPrice ?? double.NaN,
            PriceCompetitivenessIndex = category is { MeanPrice: > 0 } c ? a.LastPrice / c.MeanPrice : double.NaN,
            MarketShare = category is { TotalUnits: > 0 } t ? features.UnitsMean7 / t.TotalUnits : double.NaN,
            CategoryAsins = category?.Asins ?? 0,
            Thresholds = [.. Enum.GetValues<MetricKind>().Select(m => Map(a.Threshold(m)))],
            Drift = new DriftView
            {
                Checked = drift.HasValue, Statistic = drift?.Test.Statistic ?? double.NaN, PValue = drift?.Test.PValue ?? double.NaN,
                Drift = drift?.IsDrift ?? false, LastDrift = a.LastDrift,
            },
        };
    }

    public static ForecastView MapForecast(AsinAnalytics a, Forecast? forecast, bool trusted, string note)
    {
        var acc = a.Accuracy;
        var effects = a.Effects;
        return new ForecastView
        {
            Model = forecast?.Model ?? a.Model?.Name,
            From = a.LastPeriod + a.Options.Step,
            Mean = forecast?.Mean ?? [], Lower80 = forecast?.Lower80 ?? [], Upper80 = forecast?.Upper80 ?? [],
            Lower95 = forecast?.Lower95 ?? [], Upper95 = forecast?.Upper95 ?? [],
            Trusted = trusted, Note = note, LastRefit = a.LastRefit,
            AccuracyCount = acc.Count, Mae = acc.Mae, Rmse = acc.Rmse, Mape = acc.Mape, Smape = acc.Smape, Mase = acc.Mase,
            PromotionUplift = effects.PromotionUplift, PriceElasticity = effects.PriceElasticity, EffectsNote = effects.Note,
            Challenger = a.Challenger?.Name,
            ChampionWindowMae = a.ContestAccuracy?.Champion.Mae ?? double.NaN,
            ChallengerWindowMae = a.ContestAccuracy?.Challenger.Mae ?? double.NaN,
            ModelChanges = [.. a.ModelChanges.Select(c => c.ToString())],
        };
    }

    private static MetricThresholdView Map(VolatilityThreshold t)
    {
        var kind = LogChange.For(t.Metric);
        double last = t.Rolling.LastLevel, transformed = LogChange.Transform(last, kind);
        return new MetricThresholdView
        {
            Metric = t.Metric.ToString(), Warm = t.IsWarm, Threshold = t.Threshold, ExitLevel = t.ExitLevel, Above = t.IsAbove,
            Sigma = t.Sigma, HistorySigma = t.HistorySigma, RecentSigma = t.RecentSigma, RecentWeight = t.Weights.Recent,
            Regime = t.Regime.ToString(), FeedbackPenalty = t.FeedbackPenalty, LastLevel = last,
            NextUpperLevel = Untransform(transformed + t.UpperLine, kind),
            NextLowerLevel = Untransform(transformed + t.LowerLine, kind),
        };
    }

    private static double Untransform(double x, LogChangeKind kind) =>
        kind == LogChangeKind.Log1p ? Math.Exp(x) - 1 : Math.Exp(x);
}
