using ActorCluster.Analytics.Forecasting.Arima;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>Automatic SARIMA (orders by tests and AICc); the refit keeps the validated orders.</summary>
internal sealed class SarimaFamily(AutoSarimaOptions options) : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.Sarima;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason) =>
        AutoSarima.TryFit(y, m, null, options, out var model, out reason) ? model : null;

    protected override IForecastModel? Refit(ReadOnlySpan<double> y, int m, IForecastModel previous, out string reason)
    {
        if (previous is SarimaModel sarima && Sarima.TryFit(y, sarima.Order, out var model, out reason)) return model;
        return Fit(y, m, out reason);
    }
}
