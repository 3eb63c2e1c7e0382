using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Stationarity;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Automatic seasonal ARIMA in the manner of R's auto.arima (Hyndman &amp; Khandakar 2008, J. Stat. Softw. 27(3)):
/// D ∈ {0, 1} from the seasonal-strength rule (<see cref="DifferencingOrder.Seasonal"/>), d from repeated KPSS
/// tests on the seasonally differenced series (<see cref="DifferencingOrder.NonSeasonal"/>), then p, q ≤ 2 and
/// P, Q ≤ 1 (by default) chosen by AICc with a constant allowed when d + D ≤ 1. With regressors, the tests and the
/// search run on the residuals of the regression, and the final model is a regression with SARIMA errors.
/// </summary>
/// <remarks>
/// Every candidate is fitted by exact ML (R's auto.arima switches to CSS for long series; with the O(r)-per-step
/// likelihood that is not needed here). Unusable input (empty, NaN/∞, constant, too short) gives false and a reason.
/// </remarks>
public static class AutoSarima
{
    /// <summary>Selects and fits a model for <paramref name="y"/> with season length <paramref name="period"/> (1 = none).</summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, [NotNullWhen(true)] out SarimaModel? model, out string reason) =>
        TryFit(y, period, null, null, out model, out reason);

    /// <summary>As <see cref="TryFit(ReadOnlySpan{double}, int, out SarimaModel?, out string)"/> with options and
    /// optional regressors (<paramref name="regressors"/>[j] = regressor j, one value per observation).</summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, double[][]? regressors, AutoSarimaOptions? options,
        [NotNullWhen(true)] out SarimaModel? model, out string reason)
    {
        model = null;
        options ??= AutoSarimaOptions.Default;
        regressors ??= [];
        if (!SeriesGuard.IsUsable(y, regressors, out reason)) return false;
        if (period < 0) { reason = "the period must be non-negative"; return false; }
        int m = period >= 2 ? period : 1;
        var residual = RegressionResidual.Levels(y, regressors);
        if (residual.All(v => v == residual[0])) { reason = "the series is constant"; return false; }

        int seasonalD = m >= 2 ? options.SeasonalDiff ?? DifferencingOrder.Seasonal(residual, m) : 0;
        var seasonallyDifferenced = LagPolynomial.Difference(residual, LagPolynomial.Differencing(0, seasonalD, m));
        int d = options.Diff ?? DifferencingOrder.NonSeasonal(seasonallyDifferenced, options.Alpha, options.MaxDiff);

        var search = new AutoSarimaSearcher(y.ToArray(), regressors, m, d, seasonalD, options);
        return search.TryRun(out model, out reason);
    }

    /// <summary>Selects and fits, or throws.</summary>
    /// <exception cref="ArgumentException">The input is unusable; the message says why.</exception>
    public static SarimaModel Fit(ReadOnlySpan<double> y, int period, AutoSarimaOptions? options = null) =>
        TryFit(y, period, null, options, out var model, out var reason) ? model : throw new ArgumentException(reason, nameof(y));
}
