using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

/// <summary>Awkward but finite data: Select must answer with a model or a reason, never an exception.</summary>
public class AutoForecasterRobustnessTests
{
    public static TheoryData<string, double[]> Awkward()
    {
        var rng = new Random(5);
        return new TheoryData<string, double[]>
        {
            { "huge", Enumerable.Range(0, 60).Select(t => 1e300 * (1 + (t % 7))).ToArray() },
            { "huge of both signs", Enumerable.Range(0, 60).Select(t => t % 2 == 0 ? 1e300 : -1e300).ToArray() },
            { "tiny", Enumerable.Range(0, 60).Select(t => 1e-300 * (1 + (t % 7))).ToArray() },
            { "one spike", Enumerable.Range(0, 60).Select(t => t == 30 ? 1e6 : 0).ToArray() },
            { "one demand at the end", Enumerable.Range(0, 60).Select(t => t == 59 ? 3.0 : 0).ToArray() },
            { "step change", Enumerable.Range(0, 100).Select(t => t < 80 ? 10.0 : 500).ToArray() },
            { "negative and zeros", Enumerable.Range(0, 60).Select(t => t % 3 == 0 ? -2.0 : 0).ToArray() },
            { "white noise", Enumerable.Range(0, 200).Select(_ => SyntheticSeries.Normal(rng)).ToArray() },
            { "two values", Enumerable.Range(0, 40).Select(t => t % 2 == 0 ? 1.0 : 2.0).ToArray() },
        };
    }

    [Theory]
    [MemberData(nameof(Awkward))]
    public void NeverThrows(string name, double[] y)
    {
        foreach (var policy in new[] { ForecastPolicy.Fast, ForecastPolicy.Accurate })
        {
            var result = new AutoForecaster(policy).Select(y, 7, 14);
            Assert.True(result.Success || !string.IsNullOrEmpty(result.Reason), name);
            if (result.Success) Assert.Equal(14, result.Forecast(14)!.Horizon);
        }
    }
}
