using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>State updates, export/restore, missing values and forecast intervals of a fitted model.</summary>
public class EtsModelTests
{
    private static EtsModel FitAus(string code, int take = 60)
    {
        Assert.True(EtsSpec.TryParse(code, out var spec));
        var fit = EtsFitter.Fit(REtsReference.AusTourists().AsSpan(0, take), 4, spec);
        Assert.True(fit.Success, fit.Reason);
        return fit.Model;
    }

    [Theory]
    [InlineData("AAdA")]
    [InlineData("MAM")]
    [InlineData("ANN")]
    public void RestoreFromNameParametersAndRawSeriesIsExact(string code)
    {
        var y = REtsReference.AusTourists();
        var model = FitAus(code);
        for (int t = 60; t < y.Length; t++) model.Update(y[t]);

        IForecastModel restored = EtsModel.Restore(model.Name, model.Parameters, y);
        Assert.Equal(model.Name, restored.Name);
        Assert.Equal(model.Count, restored.Count);
        Assert.Equal(model.Parameters, restored.Parameters);
        var a = model.Forecast(8);
        var b = restored.Forecast(8);
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(a.Lower95, b.Lower95);
        Assert.Equal(a.Upper80, b.Upper80);
    }

    [Fact]
    public void UpdateIsAllocationFree()
    {
        var model = FitAus("AAdA");
        var y = REtsReference.AusTourists();
        model.Update(y[60]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) model.Update(y[i % y.Length]);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void MissingObservationAdvancesTheStateWithoutAnInnovation()
    {
        var model = FitAus("AAA");
        double expected = model.Forecast(2).Mean[1];
        int count = model.Count, observed = model.ObservedCount;
        double sse = model.ResidualSumOfSquares;
        model.Update(double.NaN);
        Assert.Equal(count + 1, model.Count);
        Assert.Equal(observed, model.ObservedCount);
        Assert.Equal(sse, model.ResidualSumOfSquares);
        Assert.Equal(expected, model.OneStepForecast, 1e-9);
    }

    [Fact]
    public void ForecastRejectsNonPositiveHorizon()
    {
        var model = FitAus("ANN");
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Forecast(0));
    }

    [Theory]
    [InlineData("ANN")]
    [InlineData("AAdA")]
    [InlineData("MAdM")]
    public void IntervalsAreNestedAndWiden(string code)
    {
        var f = FitAus(code).Forecast(12);
        Assert.Equal(12, f.Horizon);
        Assert.Equal(FitAus(code).Name, f.Model);
        for (int h = 0; h < 12; h++)
        {
            Assert.True(f.Lower95[h] < f.Lower80[h] && f.Lower80[h] < f.Mean[h] && f.Mean[h] < f.Upper80[h] && f.Upper80[h] < f.Upper95[h]);
            if (h >= 4) Assert.True(f.Upper95[h] - f.Lower95[h] > f.Upper95[h - 4] - f.Lower95[h - 4]);
        }
    }

    /// <summary>
    /// The analytic variance of multiplicative-error models against a seeded simulation of the model itself: class 2
    /// (M,A,N) at every horizon, class 3 (M,A,M) where it is exact (h ≤ m).
    /// </summary>
    [Theory]
    [InlineData("MAN", 6)]
    [InlineData("MAM", 4)]
    public void MultiplicativeErrorVarianceMatchesSimulation(string code, int horizon)
    {
        Assert.True(EtsSpec.TryParse(code, out var spec));
        double[] season = spec.IsSeasonal ? [1.3, 0.8, 0.7, 1.2] : [];
        var p = new EtsParameters(spec.IsSeasonal ? 4 : 1, 0.4, 0.1, spec.IsSeasonal ? 0.3 : double.NaN, double.NaN, 100, 2, season);
        var model = EtsModel.Create(spec, p);
        var rng = new Random(20240601);
        for (int t = 0; t < 40; t++) model.Update(model.OneStepForecast * (1 + 0.1 * Gaussian(rng)));
        double sigma = Math.Sqrt(model.Sigma2);
        var analytic = model.Forecast(horizon);

        const int paths = 40_000;
        var sum = new double[horizon];
        var sumSq = new double[horizon];
        var state = StateOf(model, spec);
        for (int path = 0; path < paths; path++)
        {
            // The model's own recursions (Hyndman et al. 2008, Table 2.1), driven by simulated relative errors.
            double l = state.Level, b = state.Slope;
            var s = (double[])state.Season.Clone();
            for (int h = 0; h < horizon; h++)
            {
                double q = l + b, sv = spec.IsSeasonal ? s[h % 4] : 1.0;
                double yv = q * sv * (1 + sigma * Gaussian(rng));
                sum[h] += yv; sumSq[h] += yv * yv;
                double e = yv / sv - q;
                l = q + p.Alpha * e;
                b += p.Beta * e;
                if (spec.IsSeasonal) s[h % 4] += p.Gamma * (yv / q - sv);
            }
        }
        for (int h = 0; h < horizon; h++)
        {
            double mean = sum[h] / paths, sd = Math.Sqrt(sumSq[h] / paths - mean * mean);
            double analyticSd = (analytic.Upper95[h] - analytic.Mean[h]) / 1.959963984540054;
            Assert.InRange(sd / analyticSd, 0.97, 1.03);
        }
    }

    private static (double Level, double Slope, double[] Season) StateOf(EtsModel model, EtsSpec spec)
    {
        // The oldest seasonal state is the one the next forecast uses: recover the ring from 1..m-step forecasts.
        var f = model.Forecast(4).Mean;
        double level = model.Level, slope = model.Slope;
        var season = spec.IsSeasonal ? f.Select((v, h) => v / (level + (h + 1) * slope)).ToArray() : [];
        return (level, slope, season);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
