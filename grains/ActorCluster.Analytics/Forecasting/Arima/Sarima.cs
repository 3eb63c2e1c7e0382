using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Entry points for seasonal ARIMA: exact maximum-likelihood fitting through the Kalman filter
/// (Harvey 1989; Durbin &amp; Koopman 2012), and restoring a fitted model from its
/// <see cref="SarimaModel.Parameters"/> and the raw series.
/// </summary>
/// <remarks>
/// Edge cases: an empty series, fewer than 3 points, NaN/∞ values, a series that is constant after
/// differencing, or too few points for the order make the Try methods return false with a reason.
/// The log-likelihood is that of the d + D·s times differenced series, as reported by Stata and statsmodels.
/// </remarks>
public static class Sarima
{
    /// <summary>Fits <paramref name="order"/> to <paramref name="y"/>; false with a reason on unusable input.</summary>
    public static bool TryFit(ReadOnlySpan<double> y, SarimaOrder order, [NotNullWhen(true)] out SarimaModel? model, out string reason) =>
        SarimaEstimator.TryFit(y, order, null, null, out model, out reason);

    /// <summary>
    /// Fits a regression with SARIMA errors, yₜ = xₜ'β + uₜ with uₜ ~ SARIMA (regressors differenced like y,
    /// as in R's <c>Arima(xreg=)</c> and Stata's <c>arima depvar indepvars</c>).
    /// <paramref name="regressors"/>[j] holds regressor j, one value per observation (e.g. a promotion flag, log price).
    /// </summary>
    public static bool TryFit(ReadOnlySpan<double> y, SarimaOrder order, double[][] regressors,
        [NotNullWhen(true)] out SarimaModel? model, out string reason) =>
        SarimaEstimator.TryFit(y, order, regressors, null, out model, out reason);

    /// <summary>
    /// Re-estimates <paramref name="previous"/>'s orders on a newer window, starting the optimiser from its
    /// coefficients (typically a few iterations instead of a cold start). Regressors as in the fitting overload;
    /// their count must match the previous model's.
    /// </summary>
    public static bool TryRefit(ReadOnlySpan<double> y, SarimaModel previous, double[][]? regressors,
        [NotNullWhen(true)] out SarimaModel? model, out string reason)
    {
        ArgumentNullException.ThrowIfNull(previous);
        model = null;
        if ((regressors?.Length ?? 0) != previous.ExogenousCount)
        {
            reason = $"the model needs {previous.ExogenousCount} regressors";
            return false;
        }
        return SarimaEstimator.TryFit(y, previous.Order, regressors, previous.Coefficients, out model, out reason);
    }

    /// <summary>Fits or throws.</summary>
    /// <exception cref="ArgumentException">The input is unusable; the message says why.</exception>
    public static SarimaModel Fit(ReadOnlySpan<double> y, SarimaOrder order) =>
        TryFit(y, order, out var model, out var reason) ? model : throw new ArgumentException(reason, nameof(y));

    /// <summary>
    /// Rebuilds a model from <see cref="SarimaModel.Parameters"/> and the raw series (and regressors) by running
    /// the filter with the stored coefficients; no re-estimation. Forecasts equal those of the original model
    /// when given the same series, and the series may be longer (observations absorbed since the fit).
    /// </summary>
    public static bool TryRestore(ReadOnlySpan<double> parameters, ReadOnlySpan<double> y, double[][]? regressors,
        [NotNullWhen(true)] out SarimaModel? model, out string reason)
    {
        model = null;
        regressors ??= [];
        if (!SarimaParameters.TryDecode(parameters, out var order, out var c, out reason)) return false;
        if (regressors.Length != c.Exogenous.Length) { reason = $"the model needs {c.Exogenous.Length} regressors"; return false; }
        if (!SeriesGuard.IsUsable(y, regressors, out reason)) return false;
        if (y.Length <= order.DifferencingLength) { reason = "the series is not longer than the differencing span"; return false; }
        var space = new SarimaParameterSpace(order, 1, Enumerable.Repeat(1.0, c.Exogenous.Length).ToArray());
        if (!space.TryFromCoefficients(c, new double[space.Dimension]))
        {
            reason = "the stored coefficients are not stationary and invertible";
            return false;
        }
        model = SarimaEstimator.Build(order, c, y, regressors);
        return true;
    }

    /// <summary>Restores or throws.</summary>
    /// <exception cref="ArgumentException">The parameters or the series are unusable; the message says why.</exception>
    public static SarimaModel Restore(ReadOnlySpan<double> parameters, ReadOnlySpan<double> y) =>
        TryRestore(parameters, y, null, out var model, out var reason) ? model : throw new ArgumentException(reason, nameof(parameters));
}
