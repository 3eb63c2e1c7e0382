using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>
/// (a) With R's parameters and initial states plugged in, our recursions reproduce R's fitted values, and our
/// likelihood on R's definition reproduces R's loglik: the state equations, seasonal ordering and the
/// error-correction form of beta/gamma agree with <c>forecast::ets</c>.
/// </summary>
public class EtsReplayVsRTests
{
    public static TheoryData<string, string> Models() => new()
    {
        { REtsReference.Seasonal, "AAA" }, { REtsReference.Seasonal, "AAdA" }, { REtsReference.Seasonal, "ANA" },
        { REtsReference.Seasonal, "MAA" }, { REtsReference.Seasonal, "MAdA" }, { REtsReference.Seasonal, "MNA" },
        { REtsReference.Seasonal, "MNM" }, { REtsReference.Seasonal, "MAM" }, { REtsReference.Seasonal, "MAdM" },
        { REtsReference.NonSeasonal, "ANN" }, { REtsReference.NonSeasonal, "AAN" }, { REtsReference.NonSeasonal, "AAdN" },
        { REtsReference.NonSeasonal, "MNN" }, { REtsReference.NonSeasonal, "MAN" }, { REtsReference.NonSeasonal, "MAdN" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void FittedValuesMatchRWithRParameters(string file, string code)
    {
        var (r, y, m) = Case(file, code);
        var model = EtsModel.Create(r.Spec, r.ToParameters(m));
        for (int t = 0; t < y.Length; t++)
        {
            double f = model.OneStepForecast;
            Assert.True(Math.Abs(f - r.Fitted[t]) <= 1e-6 * Math.Max(1.0, Math.Abs(r.Fitted[t])),
                $"{code} t={t}: ours {f:R}, R {r.Fitted[t]:R}");
            model.Update(y[t]);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void LikelihoodMatchesRWithRParameters(string file, string code)
    {
        var (r, y, m) = Case(file, code);
        var objective = new EtsObjective(r.Spec, m, y);
        var x = new double[objective.Dimension];
        objective.Map.Encode(r.ToParameters(m), x);
        double loglik = -0.5 * objective.Likelihood(x);
        Assert.Equal(r.LogLik, loglik, 1e-4);
    }

    internal static (REtsFit Fit, double[] Y, int M) Case(string file, string code)
    {
        bool seasonal = file == REtsReference.Seasonal;
        var fit = REtsReference.Load(file)[code];
        return (fit, seasonal ? REtsReference.AusTourists() : REtsReference.Oil(), seasonal ? 4 : 1);
    }
}
