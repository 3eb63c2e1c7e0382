using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The M4 Theta method, seasonally adjusted with period m when the 90% test finds seasonality.</summary>
internal sealed class ThetaFamily : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.Theta;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason) =>
        ThetaModel.TryFit(y, m, out var model, out reason) ? model : null;
}
