using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>Bad input never throws from the Try/Select/Fit API: the result says why there is no model.</summary>
public class EtsBadInputTests
{
    private static readonly EtsSpec Ann = new(EtsError.Additive, EtsTrend.None, EtsSeason.None);

    public static TheoryData<string, double[], int> BadSeries() => new()
    {
        { "empty", [], 7 },
        { "one point", [3.0], 7 },
        { "NaN", [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10], 1 },
        { "+inf", [1, 2, 3, double.PositiveInfinity, 5, 6, 7, 8, 9, 10], 1 },
        { "-inf", [1, 2, 3, 4, 5, 6, 7, 8, 9, double.NegativeInfinity], 1 },
        { "constant", Enumerable.Repeat(5.0, 60).ToArray(), 7 },
        { "all zeros", new double[60], 7 },
        { "too few for any model", [1, 2, 4, 3, 5], 1 },
        { "season length 0", [1, 2, 4, 3, 5, 6, 7, 8, 9, 10, 11], 0 },
        { "season length too large", [1, 2, 4, 3, 5, 6, 7, 8, 9, 10, 11], int.MaxValue },
        { "overflowing values", [1e300, -1e300, 1e300, -1e300, 1e300, -1e300, 1e300, -1e300, 1e300, -1e300], 1 },
    };

    /// <summary>Random awkward series (zeros, negatives, spikes, tiny and huge scales, odd m): never an exception.</summary>
    [Fact]
    public void RandomAwkwardSeriesNeverThrow()
    {
        var rng = new Random(1234);
        for (int i = 0; i < 150; i++)
        {
            int n = rng.Next(0, 120), m = rng.Next(1, 30);
            double scale = Math.Pow(10, rng.Next(-8, 9));
            var y = new double[n];
            for (int t = 0; t < n; t++)
            {
                double u = rng.NextDouble();
                y[t] = u < 0.2 ? 0.0 : u < 0.25 ? -scale * rng.NextDouble() : u < 0.27 ? 1000 * scale : scale * (1 + (t % m) + rng.NextDouble());
            }
            var selection = EtsSelector.Select(y, m);
            Assert.True(selection.Success || !string.IsNullOrEmpty(selection.Reason));
            if (!selection.Success) continue;
            var f = selection.Model.Forecast(2 * m);
            Assert.Equal(2 * m, f.Horizon);
            selection.Model.Update(double.NaN);
            selection.Model.Update(-scale);
            Assert.True(EtsModel.TryRestore(selection.Model.Name, selection.Model.Parameters, y, out _, out var reason), reason);
        }
    }

    [Theory]
    [MemberData(nameof(BadSeries))]
    public void SelectReturnsAReasonInsteadOfThrowing(string label, double[] y, int m)
    {
        var selection = EtsSelector.Select(y, m);
        Assert.False(selection.Success, label);
        Assert.Null(selection.Model);
        Assert.False(string.IsNullOrWhiteSpace(selection.Reason), label);

        Assert.False(EtsSelector.TrySelect(y, m, out var model, out var reason));
        Assert.Null(model);
        Assert.Equal(selection.Reason, reason);
    }

    [Theory]
    [MemberData(nameof(BadSeries))]
    public void FitReturnsAReasonInsteadOfThrowing(string label, double[] y, int m)
    {
        var fit = EtsFitter.Fit(y, m, Ann);
        Assert.False(fit.Success, label);
        Assert.False(string.IsNullOrWhiteSpace(fit.Reason), label);
        Assert.True(double.IsNaN(fit.Aicc));
    }

    [Fact]
    public void ReasonsNameTheProblem()
    {
        Assert.Contains("empty", EtsSelector.Select([], 7).Reason);
        Assert.Contains("NaN", EtsSelector.Select([1, double.NaN, 3], 1).Reason);
        Assert.Contains("zeros", EtsSelector.Select(new double[20], 1).Reason);
        Assert.Contains("constant", EtsSelector.Select([2, 2, 2, 2], 1).Reason);
        Assert.Contains("at least 7", EtsSelector.Select([1, 2, 4, 3, 5], 1).Reason);
    }

    [Fact]
    public void ShortSeriesSkipsSeasonalModelsWithTheirReasonAndStillFits()
    {
        // 10 weeks of daily data: enough for the non-seasonal forms, too few for (A,A,A) with m = 7 (needs 18).
        var y = Enumerable.Range(0, 10).Select(t => 10.0 + t % 3 + 0.5 * t).ToArray();
        var selection = EtsSelector.Select(y, 7, new EtsOptions { TestSeasonality = false });
        Assert.True(selection.Success, selection.Reason);
        Assert.False(selection.Best.Spec.IsSeasonal);
        var aaa = Assert.Single(selection.Candidates, c => c.Spec.Code == "AAA");
        Assert.False(aaa.Success);
        Assert.Contains("needs at least", aaa.Reason);
    }

    [Fact]
    public void SeriesWithZerosGetsNoMultiplicativeCandidates()
    {
        var y = Enumerable.Range(0, 70).Select(t => t % 7 == 0 ? 0.0 : 5.0 + (t % 7)).ToArray();
        var specs = EtsSelector.CandidatesFor(y, 7);
        Assert.NotEmpty(specs);
        Assert.All(specs, s => Assert.False(s.NeedsPositiveData));
        var fit = EtsFitter.Fit(y, 7, new EtsSpec(EtsError.Multiplicative, EtsTrend.None, EtsSeason.Multiplicative));
        Assert.False(fit.Success);
        Assert.Contains("positive", fit.Reason);
    }

    [Fact]
    public void AdditiveErrorWithMultiplicativeSeasonIsRefusedWithAReason()
    {
        var y = REtsReference.AusTourists();
        var fit = EtsFitter.Fit(y, 4, new EtsSpec(EtsError.Additive, EtsTrend.Additive, EtsSeason.Multiplicative));
        Assert.False(fit.Success);
        Assert.Contains("not offered", fit.Reason);
    }

    [Fact]
    public void InvalidOptionsAreAReasonToo()
    {
        var selection = EtsSelector.Select(REtsReference.Oil(), 1, new EtsOptions { MaxIterations = 0 });
        Assert.False(selection.Success);
        Assert.Contains("MaxIterations", selection.Reason);
    }

    [Fact]
    public void RestoreRejectsMismatchedParametersWithAReason()
    {
        Assert.False(EtsModel.TryRestore("ETS(A,A,A)", [1, 4, 0.2, 0.01, 0.1, double.NaN, 10, 1], [], out _, out var r1));
        Assert.Contains("needs", r1);
        Assert.False(EtsModel.TryRestore("ETS(X,N,N)", [1, 1, 0.2, double.NaN, double.NaN, double.NaN, 10, double.NaN], [], out _, out var r2));
        Assert.Contains("not an ETS model name", r2);
        Assert.False(EtsModel.TryRestore("ETS(A,N,N)", [2, 1, 0.2, double.NaN, double.NaN, double.NaN, 10, double.NaN], [], out _, out var r3));
        Assert.Contains("layout version", r3);
        Assert.False(EtsModel.TryRestore("ETS(A,N,N)", [1, 1, double.NaN, double.NaN, double.NaN, double.NaN, 10, double.NaN], [], out _, out var r4));
        Assert.Contains("not finite", r4);
        Assert.Throws<ArgumentException>(() => EtsModel.Restore("ETS(A,N,N)", [], []));
    }
}
