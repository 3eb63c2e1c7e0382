using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The naive forecast (random walk).</summary>
internal sealed class NaiveFamily : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.Naive;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason) =>
        NaiveModel.TryFit(y, out var model, out reason) ? model : null;
}
