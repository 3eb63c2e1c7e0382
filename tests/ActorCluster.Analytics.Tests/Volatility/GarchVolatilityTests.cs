using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class GarchVolatilityTests
{
    // Published benchmark (McCullough & Renfro 1998; Brooks, Burke & Persand 2001), see shared/data/SOURCES.md.
    private static readonly GarchParameters Published = new(-0.00619041, 0.0107613, 0.153134, 0.805974);

    [Fact]
    public void Fit_reproduces_the_published_dem2gbp_benchmark()
    {
        var x = Dem2Gbp.Returns;
        Assert.Equal(1974, x.Length);

        var fit = new GarchVolatility().TryFit(x);

        Assert.True(fit.IsFitted, fit.Reason);
        var p = fit.Parameters;
        Assert.Equal(Published.Mu, p.Mu, 0.001);
        Assert.InRange(p.Omega / Published.Omega, 0.98, 1.02);
        Assert.InRange(p.Alpha / Published.Alpha, 0.98, 1.02);
        Assert.InRange(p.Beta / Published.Beta, 0.98, 1.02);
        Assert.Equal(-1106.608, fit.LogLikelihood, 0.05);
    }

    [Fact]
    public void Likelihood_at_published_parameters_matches_the_documented_start()
    {
        double ll = GarchLikelihood.Evaluate(Dem2Gbp.Returns, Published, default);
        Assert.Equal(-1106.6079, ll, 0.001);
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences()
    {
        var x = Dem2Gbp.Returns;
        var p = new GarchParameters(0.01, 0.02, 0.12, 0.8);
        var g = new double[4];
        GarchLikelihood.Evaluate(x, p, g);
        double[] at = [p.Mu, p.Omega, p.Alpha, p.Beta];
        for (int i = 0; i < 4; i++)
        {
            double h = 1e-6;
            var up = (double[])at.Clone(); up[i] += h;
            var dn = (double[])at.Clone(); dn[i] -= h;
            double numeric = (Ll(x, up) - Ll(x, dn)) / (2 * h);
            Assert.Equal(numeric, g[i], Math.Max(1e-4, 1e-6 * Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Fit_recovers_the_parameters_of_a_simulated_series()
    {
        var rng = new Random(12);
        var x = new double[6000];
        double h = 0.5, e = 0;
        for (int t = 0; t < x.Length; t++)
        {
            h = 0.05 + 0.1 * e * e + 0.85 * h;
            e = Math.Sqrt(h) * RollingVolatilityTests.Gaussian(rng);
            x[t] = 0.2 + e;
        }
        var fit = new GarchVolatility().TryFit(x);
        Assert.True(fit.IsFitted, fit.Reason);
        Assert.Equal(0.2, fit.Parameters.Mu, 0.03);
        Assert.Equal(0.10, fit.Parameters.Alpha, 0.03);
        Assert.Equal(0.85, fit.Parameters.Beta, 0.04);
        Assert.Equal(1.0, fit.Parameters.UnconditionalVariance, 0.25);
    }

    [Fact]
    public void Warm_refit_on_the_same_data_stays_at_the_optimum()
    {
        var model = new GarchVolatility();
        var first = model.TryFit(Dem2Gbp.Returns);
        var second = model.TryFit(Dem2Gbp.Returns);
        Assert.True(second.IsFitted);
        Assert.Equal(first.LogLikelihood, second.LogLikelihood, 1e-6);
    }

    [Fact]
    public void Update_continues_the_filtered_recursion()
    {
        var x = Dem2Gbp.Returns;
        var model = new GarchVolatility();
        Assert.True(model.TryFit(x.AsSpan(0, 1500)).IsFitted);
        foreach (var v in x.AsSpan(1500)) Assert.True(model.TryUpdate(v));
        double expected = GarchLikelihood.NextVariance(x, model.Parameters);
        Assert.Equal(expected, model.ConditionalVariance, 1e-9);
    }

    [Fact]
    public void Variance_forecast_starts_at_h_next_and_tends_to_the_long_run_variance()
    {
        var model = new GarchVolatility();
        model.TryFit(Dem2Gbp.Returns);
        Assert.Equal(model.ConditionalVariance, model.ForecastVariance(1), 1e-12);
        Assert.Equal(model.Parameters.UnconditionalVariance, model.ForecastVariance(2000), 1e-9);
        var forecast = model.Forecast(5)!;
        Assert.Equal(5, forecast.Horizon);
        Assert.Equal(Math.Sqrt(model.ForecastVariance(5)) * 1.959963984540054, forecast.Upper95[4] - forecast.Mean[4], 1e-9);
    }

    [Fact]
    public void Bad_input_is_reported_not_thrown()
    {
        var model = new GarchVolatility();
        Assert.Contains("at least", new GarchVolatility().TryFit([]).Reason);
        Assert.Contains("at least", model.TryFit([1.0]).Reason);
        Assert.Contains("constant", model.TryFit(Enumerable.Repeat(2.5, 300).ToArray()).Reason);
        var withNaN = Dem2Gbp.Returns.ToArray(); withNaN[10] = double.NaN;
        Assert.Contains("NaN", model.TryFit(withNaN).Reason);
        var withInf = Dem2Gbp.Returns.ToArray(); withInf[10] = double.PositiveInfinity;
        Assert.False(model.TryFit(withInf).IsFitted);
        Assert.False(model.IsFitted);
        Assert.False(model.TryUpdate(0.1));
        Assert.True(double.IsNaN(model.ForecastVariance(3)));
        Assert.Null(model.Forecast(3));
    }

    [Fact]
    public void State_round_trip_preserves_the_model()
    {
        var model = new GarchVolatility();
        model.TryFit(Dem2Gbp.Returns);
        var copy = new GarchVolatility();
        copy.ImportState(model.ExportState());
        model.TryUpdate(0.3); copy.TryUpdate(0.3);
        Assert.Equal(model.ConditionalVariance, copy.ConditionalVariance);
        Assert.Equal(model.Parameters, copy.Parameters);
    }

    private static double Ll(double[] x, double[] p) =>
        GarchLikelihood.Evaluate(x, new GarchParameters(p[0], p[1], p[2], p[3]), default);
}
