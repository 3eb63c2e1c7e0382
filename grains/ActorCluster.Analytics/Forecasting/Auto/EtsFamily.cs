using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>Automatic ETS (form by AICc); the refit keeps the validated form and warm-starts from its parameters.</summary>
internal sealed class EtsFamily(EtsOptions options) : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.Ets;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason)
    {
        var selection = EtsSelector.Select(y, m, options);
        reason = selection.Reason ?? "";
        return selection.Model;
    }

    protected override IForecastModel? Refit(ReadOnlySpan<double> y, int m, IForecastModel previous, out string reason)
    {
        if (previous is not EtsModel ets) return Fit(y, m, out reason);
        var fit = EtsFitter.Fit(y, m, ets.Spec, ets.InitialParameters, options);
        reason = fit.Reason ?? "";
        return fit.Model ?? Fit(y, m, out reason);
    }
}
