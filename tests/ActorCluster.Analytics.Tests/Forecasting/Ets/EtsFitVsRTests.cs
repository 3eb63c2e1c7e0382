using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>
/// Our maximum-likelihood fits against R's <c>ets</c> on austourists (m = 4) and oil: (b) the maximised log-likelihood
/// (R's definition, -n/2·log SSE (+ -Σ log|f| for multiplicative errors)) is at least R's less 0.5; (c) the 4-step
/// forecasts are within 2% of R's where both reach the same optimum.
/// </summary>
public class EtsFitVsRTests
{
    public static TheoryData<string, string> AllModels() => EtsReplayVsRTests.Models();

    /// <summary>
    /// Forecast comparison (c). Left out: (M,A,N) and (M,Ad,N) on oil, where our optimum is better than R's by 9.1
    /// and 8.2 log-likelihood units and the forecasts differ by 2.5%/2.2% accordingly.
    /// </summary>
    public static TheoryData<string, string> SameOptimum() => new()
    {
        { REtsReference.Seasonal, "AAA" }, { REtsReference.Seasonal, "AAdA" }, { REtsReference.Seasonal, "ANA" },
        { REtsReference.Seasonal, "MAA" }, { REtsReference.Seasonal, "MAdA" }, { REtsReference.Seasonal, "MNA" },
        { REtsReference.Seasonal, "MNM" }, { REtsReference.Seasonal, "MAM" }, { REtsReference.Seasonal, "MAdM" },
        { REtsReference.NonSeasonal, "ANN" }, { REtsReference.NonSeasonal, "AAN" }, { REtsReference.NonSeasonal, "AAdN" },
        { REtsReference.NonSeasonal, "MNN" },
    };

    [Theory]
    [MemberData(nameof(AllModels))]
    public void LogLikelihoodAtLeastRs(string file, string code)
    {
        var (r, y, m) = EtsReplayVsRTests.Case(file, code);
        var fit = EtsFitter.Fit(y, m, r.Spec);
        Assert.True(fit.Success, fit.Reason);
        Assert.True(fit.LogLikelihood >= r.LogLik - 0.5, $"{code}: ours {fit.LogLikelihood:F4}, R {r.LogLik:F4}");
    }

    [Theory]
    [MemberData(nameof(SameOptimum))]
    public void FourStepForecastsWithinTwoPercentOfRs(string file, string code)
    {
        var (r, y, m) = EtsReplayVsRTests.Case(file, code);
        var fit = EtsFitter.Fit(y, m, r.Spec);
        Assert.True(fit.Success, fit.Reason);
        var mean = fit.Model.Forecast(4).Mean;
        for (int h = 0; h < 4; h++)
            Assert.True(Math.Abs(mean[h] / r.Forecast[h] - 1) <= 0.02, $"{code} h={h + 1}: ours {mean[h]:F4}, R {r.Forecast[h]:F4}");
    }

    [Fact]
    public void HeadlineAaaFromSourcesMd()
    {
        // SOURCES.md: AAA on austourists, R: loglik -201.2731, forecasts 75.3445, 50.7585, 63.0502, 67.4839.
        var fit = EtsFitter.Fit(REtsReference.AusTourists(), 4, new EtsSpec(EtsError.Additive, EtsTrend.Additive, EtsSeason.Additive));
        Assert.True(fit.Success, fit.Reason);
        Assert.True(fit.LogLikelihood >= -201.2731 - 0.5);
        double[] expected = [75.3445, 50.7585, 63.0502, 67.4839];
        var mean = fit.Model.Forecast(4).Mean;
        for (int h = 0; h < 4; h++) Assert.InRange(mean[h] / expected[h], 0.98, 1.02);
    }

    [Fact]
    public void SelectionOnAusTouristsPicksASeasonalModelAtLeastAsGoodAsRsBestByAicc()
    {
        var y = REtsReference.AusTourists();
        var selection = EtsSelector.Select(y, 4);
        Assert.True(selection.Success, selection.Reason);
        Assert.True(selection.Best.Spec.IsSeasonal);
        // R's best among our forms on its own fits: the lowest AICc of the R entries we also offer.
        var r = REtsReference.Load(REtsReference.Seasonal).Values
            .Where(f => f.Spec.Error == EtsError.Additive || f.Spec.Season == EtsSeason.Multiplicative)
            .Min(f => Aicc(f.LogLik, f.Spec.ParameterCount(4) + 1, y.Length));
        Assert.True(selection.Best.Aicc <= r + 1e-6, $"ours {selection.Best.Spec.Code} {selection.Best.Aicc:F3}, R best {r:F3}");
    }

    private static double Aicc(double loglik, int k, int n) => -2 * loglik + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
}
