namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Maximum-likelihood estimation of one ETS form: smoothing parameters and initial states together, under R's
/// usual bounds, by <see cref="BoundedLevenbergMarquardt"/> from R's starting values (or from previous parameters).
/// Never throws on bad data: the result carries a reason instead.
/// </summary>
public static class EtsFitter
{
    /// <summary>
    /// Fits <paramref name="spec"/> to <paramref name="y"/> with season length <paramref name="m"/> (ignored by
    /// non-seasonal forms). Starts from R's heuristics (<see cref="EtsStartingPoint"/>). The estimate maximises
    /// loglik = -n/2·log Σe² (additive errors) or -n/2·log Σε² - Σ log f_t (multiplicative errors), R's definition.
    /// </summary>
    public static EtsFitResult Fit(ReadOnlySpan<double> y, int m, EtsSpec spec, EtsOptions? options = null) =>
        Fit(y, m, spec, warmStart: null, options);

    /// <summary>
    /// As <see cref="Fit(ReadOnlySpan{double}, int, EtsSpec, EtsOptions?)"/> but starting from
    /// <paramref name="warmStart"/> (e.g. the previous fit's <see cref="EtsModel.InitialParameters"/>) with at most
    /// <see cref="EtsOptions.WarmStartMaxIterations"/> iterations: its smoothing parameters, and its initial states
    /// or the heuristic ones, whichever fit the new series better (the window may have moved). Null means a cold start.
    /// </summary>
    public static EtsFitResult Fit(ReadOnlySpan<double> y, int m, EtsSpec spec, EtsParameters? warmStart, EtsOptions? options = null)
    {
        options ??= EtsOptions.Default;
        var dataProblem = SeriesSummary.Check(y, m, out var summary);
        var problem = options.Validate() ?? dataProblem;
        if (problem is not null) return EtsFitResult.Failed(spec, problem);
        return FitChecked(y.ToArray(), m, spec, summary, warmStart, options);
    }

    /// <summary>
    /// Periodic refit of <paramref name="previous"/>'s form on the current window <paramref name="y"/>, warm-started
    /// from its parameters (see <see cref="Fit(ReadOnlySpan{double}, int, EtsSpec, EtsParameters?, EtsOptions?)"/>).
    /// </summary>
    public static EtsFitResult Refit(ReadOnlySpan<double> y, EtsModel previous, EtsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return Fit(y, previous.InitialParameters.SeasonLength, previous.Spec, previous.InitialParameters, options);
    }

    internal static EtsFitResult FitChecked(double[] y, int m, EtsSpec spec, SeriesSummary summary, EtsParameters? warmStart, EtsOptions options)
    {
        if (spec.Error == EtsError.Additive && spec.Season == EtsSeason.Multiplicative)
            return EtsFitResult.Failed(spec, $"{spec.Name} is not offered: additive errors with multiplicative seasonality are numerically unstable (R's ets excludes them too)");
        if (spec.IsSeasonal && m < 2) return EtsFitResult.Failed(spec, $"{spec.Name} needs a season length of at least 2, got {m}");
        int needed = spec.MinimumLength(m);
        if (y.Length < needed) return EtsFitResult.Failed(spec, $"{spec.Name} needs at least {needed} observations, got {y.Length}");
        if (spec.NeedsPositiveData && !summary.IsPositive) return EtsFitResult.Failed(spec, $"{spec.Name} needs a strictly positive series");

        var objective = new EtsObjective(spec, m, y);
        int p = objective.Dimension;
        Span<double> x = new double[p], lower = new double[p], upper = new double[p], typical = new double[p];
        objective.Map.Bounds(lower, upper, typical, Math.Max(summary.MeanAbs, 1e-8));
        if (!EtsStartingPoint.TryWrite(objective, y, warmStart, x))
            return EtsFitResult.Failed(spec, $"{spec.Name}: no valid starting point (the initial decomposition failed, or a multiplicative state or forecast is not positive there)");

        int maxIterations = warmStart is null ? options.MaxIterations : options.WarmStartMaxIterations;
        var lm = BoundedLevenbergMarquardt.Minimize(objective, x, lower, upper, typical, maxIterations, options.Tolerance);
        double lik = objective.Likelihood(x);
        if (!lm.Success || !double.IsFinite(lik)) return EtsFitResult.Failed(spec, $"{spec.Name}: the likelihood is not defined at the estimate");

        var parameters = objective.Map.Decode(x);
        var model = EtsModel.Create(spec, parameters);
        foreach (var v in y) model.Update(v);
        int n = y.Length, k = spec.ParameterCount(m) + 1;
        double aic = lik + 2 * k;
        return new EtsFitResult
        {
            Spec = spec,
            Model = model,
            LogLikelihood = -0.5 * lik,
            Aic = aic,
            Aicc = n - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (n - k - 1) : double.PositiveInfinity,
            Bic = lik + k * Math.Log(n),
            Iterations = lm.Iterations,
            Evaluations = lm.Evaluations,
            Converged = lm.Converged,
        };
    }
}
