using ActorCluster.Analytics.Forecasting;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

/// <summary>A model that always forecasts the same value: known errors for the champion/challenger tests.</summary>
internal sealed class Constant(double value) : IForecastModel
{
    public string Name => $"Constant({value})";

    public double[] Parameters => [value];

    public int Count { get; private set; }

    public void Update(double y) => Count++;

    public Forecast Forecast(int horizon)
    {
        var mean = Enumerable.Repeat(value, horizon).ToArray();
        return Analytics.Forecasting.Forecast.FromGaussian(Name, mean, new double[horizon]);
    }
}
