using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The seasonal naive forecast; only with a season (m ≥ 2).</summary>
internal sealed class SeasonalNaiveFamily : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.SeasonalNaive;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason)
    {
        if (m < 2) { reason = "no season (m < 2)"; return null; }
        return SeasonalNaiveModel.TryFit(y, m, out var model, out reason) ? model : null;
    }
}
