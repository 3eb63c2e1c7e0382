using System.Globalization;
using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>Automatic selection across season lengths (7 daily, 24 hourly, 52 weekly, 4 quarterly) and warm refits.</summary>
public class EtsSelectorTests
{
    /// <summary>First <paramref name="days"/> days of one synthetic daily sales series (Kaggle S3E19, strictly positive).</summary>
    private static double[] DailySales(int column, int days) =>
        File.ReadLines(SharedData.PathOf("synthetic-sales/kaggle_s3e19_book_sales_wide.csv")).Skip(1).Take(days)
            .Select(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The first <paramref name="length"/> values of M4 hourly series H1.</summary>
    private static double[] Hourly(int length) =>
        File.ReadLines(SharedData.PathOf("m4-hourly/Hourly-train.csv")).Skip(1).First().Split(',').Skip(1)
            .Select(c => c.Trim('"')).Where(c => c.Length > 0).Take(length)
            .Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void DailySeriesWithWeeklySeasonIsFitted()
    {
        var selection = EtsSelector.Select(DailySales(11, 365), 7);
        Assert.True(selection.Success, selection.Reason);
        Assert.True(selection.Best.Spec.IsSeasonal);
        Assert.Equal(9, selection.Candidates.Count);
        Assert.All(selection.Candidates, c => Assert.True(c.Success, c.Reason));
        Assert.Equal(selection.Candidates.Min(c => c.Aicc), selection.Best.Aicc);
        Assert.Equal(365, selection.Model.Count);
    }

    [Fact]
    public void HourlySeriesWithDailySeasonIsFitted()
    {
        var selection = EtsSelector.Select(Hourly(24 * 21), 24);
        Assert.True(selection.Success, selection.Reason);
        Assert.True(selection.Best.Spec.IsSeasonal);
        var f = selection.Model.Forecast(48);
        Assert.All(f.Mean, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void WeeklySeriesWithYearlySeasonIsFitted()
    {
        var rng = new Random(52);
        var y = Enumerable.Range(0, 52 * 3)
            .Select(t => 200 + 0.3 * t + 40 * Math.Sin(2 * Math.PI * t / 52) + 15 * Math.Cos(4 * Math.PI * t / 52) + 6 * (rng.NextDouble() - 0.5))
            .ToArray();
        var selection = EtsSelector.Select(y, 52);
        Assert.True(selection.Success, selection.Reason);
        Assert.True(selection.Best.Spec.IsSeasonal);
        Assert.Equal(52, selection.Model.InitialParameters.Season.Count);
        var f = selection.Model.Forecast(52);
        double err = Enumerable.Range(0, 52).Max(h => Math.Abs(f.Mean[h] - (200 + 0.3 * (156 + h) + 40 * Math.Sin(2 * Math.PI * h / 52) + 15 * Math.Cos(4 * Math.PI * h / 52))));
        Assert.True(err < 15, $"max error {err:F2}");
    }

    [Fact]
    public void NonSeasonalSeriesSkipsSeasonalCandidates()
    {
        var rng = new Random(7);
        double level = 100;
        var y = Enumerable.Range(0, 200).Select(_ => level += rng.NextDouble() - 0.5).ToArray();
        var specs = EtsSelector.CandidatesFor(y, 7);
        Assert.All(specs, s => Assert.False(s.IsSeasonal));
        var all = EtsSelector.CandidatesFor(y, 7, new EtsOptions { TestSeasonality = false });
        Assert.Contains(all, s => s.IsSeasonal);
        Assert.True(EtsSelector.TrySelect(y, 7, out var model, out _));
        Assert.False(model!.Spec.IsSeasonal);
    }

    [Fact]
    public void CandidateSetFollowsTheOptions()
    {
        var y = DailySales(3, 120);
        Assert.Equal(9, EtsSelector.CandidatesFor(y, 7).Count);
        Assert.Equal(15, EtsSelector.CandidatesFor(y, 7, new EtsOptions { AllowMultiplicativeErrorForAdditiveModels = true }).Count);
        Assert.Equal(6, EtsSelector.CandidatesFor(y, 7, new EtsOptions { AllowMultiplicativeSeason = false }).Count);
        Assert.Equal(6, EtsSelector.CandidatesFor(y, 7, new EtsOptions { AllowDamped = false }).Count);
        Assert.Equal(3, EtsSelector.CandidatesFor(y, 1).Count);
    }

    [Fact]
    public void WarmStartRefitReachesTheColdOptimumWithinItsIterationBudget()
    {
        var y = DailySales(20, 365);
        var first = EtsSelector.Select(y.AsSpan(0, 337), 7);
        Assert.True(first.Success, first.Reason);
        var spec = first.Best.Spec;
        var options = new EtsOptions();
        var warm = EtsFitter.Fit(y, 7, spec, first.Model.InitialParameters, options);
        var cold = EtsFitter.Fit(y, 7, spec, options);
        Assert.True(warm.Success && cold.Success);
        Assert.True(warm.Iterations <= options.WarmStartMaxIterations);
        Assert.True(warm.LogLikelihood >= cold.LogLikelihood - 0.05, $"warm {warm.LogLikelihood:F4}, cold {cold.LogLikelihood:F4}");
        Assert.True(warm.Evaluations <= cold.Evaluations, $"warm {warm.Evaluations}, cold {cold.Evaluations} evaluations");
    }

    [Fact]
    public void WarmStartFromAMovedWindowStillFits()
    {
        var y = DailySales(20, 365);
        var first = EtsSelector.Select(y.AsSpan(0, 300), 7);
        Assert.True(first.Success, first.Reason);
        var warm = EtsFitter.Fit(y.AsSpan(65), 7, first.Best.Spec, first.Model.InitialParameters);
        var cold = EtsFitter.Fit(y.AsSpan(65), 7, first.Best.Spec);
        Assert.True(warm.Success, warm.Reason);
        Assert.True(warm.LogLikelihood >= cold.LogLikelihood - 0.5, $"warm {warm.LogLikelihood:F4}, cold {cold.LogLikelihood:F4}");
    }

    [Fact]
    public void SpecNamesRoundTrip()
    {
        foreach (var error in Enum.GetValues<EtsError>())
        foreach (var trend in Enum.GetValues<EtsTrend>())
        foreach (var season in Enum.GetValues<EtsSeason>())
        {
            var spec = new EtsSpec(error, trend, season);
            Assert.True(EtsSpec.TryParse(spec.Name, out var a));
            Assert.True(EtsSpec.TryParse(spec.Code, out var b));
            Assert.Equal(spec, a);
            Assert.Equal(spec, b);
        }
        Assert.False(EtsSpec.TryParse("ETS(A,Md,N)", out _));
        Assert.False(EtsSpec.TryParse(null, out _));
    }
}
