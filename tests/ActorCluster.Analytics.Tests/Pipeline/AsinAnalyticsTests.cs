using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Pipeline;

public sealed class AsinAnalyticsTests
{
    private static readonly DateTime Day0 = new(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);

    private static AnalyticsInput[] Series(int n, int seed = 1, double level = 40)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(i =>
        {
            double weekly = 1 + 0.3 * Math.Sin(2 * Math.PI * i / 7);
            double units = Math.Max(0, Math.Round(level * weekly + rng.NextDouble() * 8 - 4));
            return new AnalyticsInput(Day0.AddDays(i), units, 20 + (i / 50) * 0.5, 3000 + rng.Next(-300, 300), i % 45 == 0);
        })];
    }

    [Fact]
    public void Forecast_waits_for_enough_history_and_says_so()
    {
        var a = new AsinAnalytics();
        foreach (var x in Series(10)) a.Push(x);
        a.RefitIfDue();
        Assert.Null(a.Model);
        Assert.Contains("need at least 28 periods", a.ForecastNote);
        var (forecast, trusted, note) = a.CurrentForecast();
        Assert.Null(forecast);
        Assert.False(trusted);
        Assert.Contains("need at least", note);
    }

    [Fact]
    public void A_fitted_model_forecasts_the_horizon_with_intervals_and_tracks_accuracy()
    {
        var a = new AsinAnalytics();
        foreach (var x in Series(200)) { a.Push(x); a.RefitIfDue(); }
        var (f, trusted, _) = a.CurrentForecast();
        Assert.NotNull(f);
        Assert.True(trusted);
        Assert.Equal(14, f.Horizon);
        for (int i = 0; i < f.Horizon; i++)
        {
            Assert.InRange(f.Mean[i], 15, 70);
            Assert.True(f.Lower95[i] <= f.Lower80[i] && f.Lower80[i] <= f.Mean[i] && f.Mean[i] <= f.Upper80[i] && f.Upper80[i] <= f.Upper95[i]);
        }
        var acc = a.Accuracy;
        Assert.True(acc.Count > 30);
        Assert.InRange(acc.Mae, 0.5, 15);
        Assert.InRange(acc.Mase, 0.05, 3);
    }

    [Fact]
    public void Short_gaps_are_interpolated_and_flagged_long_gaps_stay_missing()
    {
        var a = new AsinAnalytics();
        a.Push(new AnalyticsInput(Day0, 10, 5, 100, false));
        var step = a.Push(new AnalyticsInput(Day0.AddDays(3), 40, 6, 90, false));
        Assert.Equal(2, step.Imputed);
        Assert.Equal(4, a.Periods);
        Assert.Equal(40, a.Features.Units);
        Assert.Equal(40, a.Features.UnitsLag1 + 10, 6);   // the day before was interpolated to 30
        var longGap = a.Push(new AnalyticsInput(Day0.AddDays(20), 7, 6, 90, false));
        Assert.Equal(0, longGap.Imputed);
        Assert.Equal(21, a.Periods);
        Assert.True(double.IsNaN(a.Features.UnitsLag1));
    }

    [Fact]
    public void Rebuild_reproduces_the_live_features_and_rolling_thresholds()
    {
        var data = Series(300, seed: 9);
        var live = new AsinAnalytics();
        foreach (var x in data) live.Push(x);
        var rebuilt = new AsinAnalytics();
        rebuilt.Push(data[0]);
        rebuilt.Rebuild(data);
        Assert.Equal(live.Features, rebuilt.Features);
        foreach (var metric in new[] { MetricKind.Units, MetricKind.Price, MetricKind.SalesRank })
            Assert.Equal(live.Threshold(metric).HistorySigma, rebuilt.Threshold(metric).HistorySigma, 12);
    }

    [Fact]
    public void A_period_that_is_not_newer_needs_a_rebuild()
    {
        var a = new AsinAnalytics();
        a.Push(new AnalyticsInput(Day0.AddDays(1), 1, 1, 1, false));
        var e = Assert.Throws<InvalidOperationException>(() => a.Push(new AnalyticsInput(Day0, 1, 1, 1, false)));
        Assert.Contains("rebuild", e.Message);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("infinity")]
    [InlineData("negative")]
    [InlineData("constant")]
    [InlineData("zeros")]
    public void Bad_or_degenerate_series_never_throw_and_explain_the_forecast(string kind)
    {
        var a = new AsinAnalytics();
        for (int i = 0; i < 120; i++)
        {
            double u = kind switch
            {
                "nan" => i % 3 == 0 ? double.NaN : i,
                "infinity" => i % 5 == 0 ? double.PositiveInfinity : 10,
                "negative" => -i,
                "constant" => 12,
                _ => 0,
            };
            a.Push(new AnalyticsInput(Day0.AddDays(i), u, kind == "negative" ? -1 : 9.99, 100, false));
            a.RefitIfDue();
        }
        var (f, _, note) = a.CurrentForecast();
        Assert.False(string.IsNullOrWhiteSpace(note));
        if (f is not null) Assert.All(f.Mean, m => Assert.False(double.IsNaN(m)));
    }

    [Fact]
    public void A_level_shift_is_reported_as_drift_and_requests_a_refit()
    {
        var a = new AsinAnalytics();
        var rng = new Random(3);
        for (int i = 0; i < 260; i++)
        {
            double level = i < 200 ? 20 : 80;
            a.Push(new AnalyticsInput(Day0.AddDays(i), level + rng.Next(-3, 4), 10, 100, false));
            a.RefitIfDue();
        }
        Assert.NotNull(a.LastDrift);
        Assert.InRange(a.LastDrift!.Value, Day0.AddDays(200), Day0.AddDays(259));
        Assert.True(a.LastRefit >= a.LastDrift);
    }

    [Fact]
    public void Scheduled_refits_are_warm_and_every_fourth_selects_the_model_again()
    {
        var a = new AsinAnalytics();
        var notes = new List<string>();
        foreach (var x in Series(400, seed: 5))
        {
            a.Push(x);
            if (a.RefitIfDue()) notes.Add(a.ForecastNote);
        }
        var fits = notes.Where(n => n.Contains("fitted on")).ToList();
        Assert.True(fits.Count >= 8, string.Join("\n", notes));
        Assert.Contains(fits, n => n.Contains("(warm refit)"));
        Assert.Equal(fits.Count(n => n.Contains("(model selection)")), 1 + fits.Count(n => n.Contains("(warm refit)")) / 3, 1.0);
    }

    [Fact]
    public void A_challenger_that_clearly_beats_the_champion_takes_over_and_the_change_is_recorded()
    {
        // A deliberately poor champion (naive, blind to the weekly season) against the Theta challenger.
        ForecastFitter naiveOnly = (ReadOnlySpan<double> y, int m, ActorCluster.Analytics.Forecasting.IForecastModel? previous, out string reason) =>
            ActorCluster.Analytics.Forecasting.Baseline.NaiveModel.TryFit(y, out var model, out reason) ? model : null;
        var a = new AsinAnalytics(new AsinAnalyticsOptions { RefitEvery = 1000 }, naiveOnly);
        foreach (var x in Series(200, seed: 12, level: 80)) { a.Push(x); a.RefitIfDue(); }
        Assert.NotEmpty(a.ModelChanges);
        var change = a.ModelChanges[0];
        Assert.Equal("Naive", change.From);
        Assert.True(change.ToError < 0.9 * change.FromError, change.ToString());
        Assert.Equal(change.To, a.Model!.Name);
        Assert.Contains("replaced", a.ForecastNote);
    }

    [Fact]
    public void A_champion_that_stays_better_is_kept()
    {
        var a = new AsinAnalytics(new AsinAnalyticsOptions { RefitEvery = 1000 });
        foreach (var x in Series(250, seed: 13, level: 80)) { a.Push(x); a.RefitIfDue(); }
        Assert.NotNull(a.Challenger);
        Assert.NotNull(a.ContestAccuracy);
        Assert.All(a.ModelChanges, c => Assert.True(c.ToError < c.FromError));
    }

    [Fact]
    public void The_allocation_free_one_step_figures_equal_the_forecasts()
    {
        var y = Series(120, seed: 21).Select(x => x.Units).ToArray();
        Assert.True(ActorCluster.Analytics.Forecasting.Theta.ThetaModel.TryFit(y, 7, out var theta, out _));
        var ets = ActorCluster.Analytics.Forecasting.Ets.EtsSelector.Select(y, 7).Model!;
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(theta.Forecast(1).Mean[0], theta.OneStepForecast, 9);
            Assert.Equal(ets.Forecast(1).Mean[0], ets.OneStepForecast, 9);
            theta.Update(30 + i);
            ets.Update(30 + i);
        }
    }
}
