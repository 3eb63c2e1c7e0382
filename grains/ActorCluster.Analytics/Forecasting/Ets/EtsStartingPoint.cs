namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Where the optimiser starts: R's initial values, or a previous fit's (warm start).</summary>
internal static class EtsStartingPoint
{
    /// <summary>
    /// Writes the start x. Cold: R's <c>initparam</c> values alpha = 1e-4 + 0.2·(0.9999 - 1e-4)/m, beta and gamma at
    /// 10% and 5% of their ranges, phi = 0.978, with the heuristic states of <see cref="EtsInitialState"/>. Warm: the
    /// previous smoothing parameters (components it lacks from the cold start) with either its initial states or
    /// the heuristic ones, whichever gives the higher likelihood on this series. False when neither start is valid.
    /// </summary>
    internal static bool TryWrite(EtsObjective objective, double[] y, EtsParameters? warm, Span<double> x)
    {
        var map = objective.Map;
        var spec = map.Spec;
        int m = map.M;
        var season = new double[spec.IsSeasonal ? m : 0];
        bool heuristic = EtsInitialState.Compute(spec, y, m, out double level, out double slope, season);
        double alpha = EtsParameterMap.Lower + 0.2 * (EtsParameterMap.Upper - EtsParameterMap.Lower) / m;
        double beta = EtsParameterMap.Lower + 0.1 * (alpha - EtsParameterMap.Lower);
        double gamma = EtsParameterMap.Lower + 0.05 * (1 - alpha - EtsParameterMap.Lower);
        double phi = EtsParameterMap.PhiLower + 0.99 * (EtsParameterMap.PhiUpper - EtsParameterMap.PhiLower);
        if (warm is null)
        {
            if (!heuristic) return false;
            map.Encode(new EtsParameters(m, alpha, beta, gamma, phi, level, slope, season), x);
            return double.IsFinite(objective.Likelihood(x));
        }

        alpha = Or(warm.Alpha, alpha); beta = Or(warm.Beta, beta); gamma = Or(warm.Gamma, gamma); phi = Or(warm.Phi, phi);
        bool warmStates = double.IsFinite(warm.Level) && (!spec.HasTrend || double.IsFinite(warm.Slope))
            && (!spec.IsSeasonal || warm.Season.Count == m);
        double warmLik = double.PositiveInfinity;
        if (warmStates)
        {
            map.Encode(new EtsParameters(m, alpha, beta, gamma, phi, warm.Level, Or(warm.Slope, slope), warm.SeasonSpan), x);
            warmLik = objective.Likelihood(x);
        }
        if (!heuristic) return double.IsFinite(warmLik);
        Span<double> candidate = new double[x.Length];
        map.Encode(new EtsParameters(m, alpha, beta, gamma, phi, level, slope, season), candidate);
        double heuristicLik = objective.Likelihood(candidate);
        if (heuristicLik < warmLik) candidate.CopyTo(x);
        return double.IsFinite(Math.Min(warmLik, heuristicLik));
    }

    private static double Or(double value, double fallback) => double.IsFinite(value) ? value : fallback;
}
