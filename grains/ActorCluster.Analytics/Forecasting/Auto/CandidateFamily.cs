namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// One model family as <see cref="AutoForecaster"/> sees it: fit on a training prefix (the family's own automatic
/// choice of form/orders included), and refit on the whole series once it has won. Implementations return a
/// reason instead of throwing for unusable data; <see cref="TryFit"/> also turns an unexpected exception from a
/// family into a reason, so one family's failure never stops the selection.
/// </summary>
internal abstract class CandidateFamily
{
    public abstract ModelFamily Family { get; }

    public bool TryFit(ReadOnlySpan<double> y, int m, out IForecastModel? model, out string reason) =>
        Guard(y, m, null, out model, out reason);

    /// <summary>Fits the whole series after validation, starting from the model fitted at the last origin.</summary>
    public bool TryRefit(ReadOnlySpan<double> y, int m, IForecastModel previous, out IForecastModel? model, out string reason) =>
        Guard(y, m, previous, out model, out reason);

    protected abstract IForecastModel? Fit(ReadOnlySpan<double> y, int m, out string reason);

    /// <summary>Default: a fresh fit. Families with warm starts or fixed orders override this.</summary>
    protected virtual IForecastModel? Refit(ReadOnlySpan<double> y, int m, IForecastModel previous, out string reason) =>
        Fit(y, m, out reason);

    private bool Guard(ReadOnlySpan<double> y, int m, IForecastModel? previous, out IForecastModel? model, out string reason)
    {
        try
        {
            model = previous is null ? Fit(y, m, out reason) : Refit(y, m, previous, out reason);
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException or InvalidOperationException or IndexOutOfRangeException)
        {
            (model, reason) = (null, $"{Family} failed: {e.GetType().Name}: {e.Message}");
        }
        return model is not null;
    }
}
