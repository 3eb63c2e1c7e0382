using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Croston-SBA, TSB, or whichever of the two has the lower in-sample MSE (<see cref="IntermittentModelSelector"/>,
/// <paramref name="method"/> null). <see cref="AutoForecaster"/> offers this family only when the whole series is
/// intermittent or lumpy; a training prefix that looks smooth still gets a fit, so the family is scored at every
/// origin. The refit keeps the validated method.
/// </summary>
internal sealed class IntermittentFamily(IntermittentMethod method) : CandidateFamily
{
    public override ModelFamily Family => ModelFamily.Intermittent;

    protected override IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason)
    {
        if (method == IntermittentMethod.Tsb) return TsbModel.TryFit(y, out var tsb, out reason) ? tsb : null;
        if (method == IntermittentMethod.Selected && IntermittentModelSelector.TrySelect(y, out var selection, out reason) && selection.Model is not null)
            return selection.Model;
        return CrostonModel.TryFit(y, CrostonVariant.Sba, out var sba, out reason) ? sba : null;
    }

    protected override IForecastModel? Refit(ReadOnlySpan<double> y, int m, IForecastModel previous, out string reason)
    {
        if (previous is TsbModel) return TsbModel.TryFit(y, out var tsb, out reason) ? tsb : null;
        return CrostonModel.TryFit(y, CrostonVariant.Sba, out var sba, out reason) ? sba : null;
    }
}
