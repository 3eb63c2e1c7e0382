namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Automatic ETS: fits every suitable form by maximum likelihood and keeps the one with the lowest AICc
/// (Hyndman, Koehler, Snyder &amp; Grose 2002, IJF 18:439–454; R's <c>forecast::ets</c>). Never throws on bad data.
/// </summary>
/// <remarks>
/// Candidates: (A,N,N), (A,A,N), (A,Ad,N), and when m ≥ 2 and the series passes the seasonality test, (A,N,A),
/// (A,A,A), (A,Ad,A); for strictly positive series also (M,N,M), (M,A,M), (M,Ad,M); optionally the
/// multiplicative-error twins of the additive forms (<see cref="EtsOptions"/>). Multiplicative trends and
/// additive-error/multiplicative-season forms are not offered (R's defaults exclude them). A form with too few
/// observations (<see cref="EtsSpec.MinimumLength"/>) is skipped with its reason.
/// </remarks>
public static class EtsSelector
{
    /// <summary>Selects and fits the best ETS model for <paramref name="y"/> with season length <paramref name="m"/>.</summary>
    public static EtsSelection Select(ReadOnlySpan<double> y, int m, EtsOptions? options = null)
    {
        options ??= EtsOptions.Default;
        var dataProblem = SeriesSummary.Check(y, m, out var summary);
        var problem = options.Validate() ?? dataProblem;
        if (problem is not null) return new EtsSelection { Candidates = [], Reason = problem };
        var data = y.ToArray();
        var results = new List<EtsFitResult>();
        EtsFitResult? best = null;
        foreach (var spec in Candidates(data, m, summary, options))
        {
            var fit = EtsFitter.FitChecked(data, m, spec, summary, null, options);
            results.Add(fit);
            if (fit.Success && (best is null || fit.Aicc < best.Aicc)) best = fit;
        }
        if (best is not null) return new EtsSelection { Best = best, Candidates = results };
        var reasons = string.Join("; ", results.Select(r => r.Reason).Distinct());
        return new EtsSelection { Candidates = results, Reason = $"no ETS model could be fitted: {reasons}" };
    }

    /// <summary>As <see cref="Select"/>, returning the model or the reason.</summary>
    public static bool TrySelect(ReadOnlySpan<double> y, int m, out EtsModel? model, out string? reason, EtsOptions? options = null)
    {
        var selection = Select(y, m, options);
        model = selection.Model;
        reason = selection.Reason;
        return selection.Success;
    }

    /// <summary>The forms <see cref="Select"/> would try for this series, before the length check.</summary>
    public static IReadOnlyList<EtsSpec> CandidatesFor(ReadOnlySpan<double> y, int m, EtsOptions? options = null)
    {
        options ??= EtsOptions.Default;
        return SeriesSummary.Check(y, m, out var summary) is null ? Candidates(y, m, summary, options) : [];
    }

    private static List<EtsSpec> Candidates(ReadOnlySpan<double> y, int m, SeriesSummary summary, EtsOptions options)
    {
        var trends = options.AllowDamped
            ? new[] { EtsTrend.None, EtsTrend.Additive, EtsTrend.AdditiveDamped }
            : new[] { EtsTrend.None, EtsTrend.Additive };
        bool seasonal = m >= 2 && (!options.TestSeasonality || SeasonalityTest.IsSeasonal(y, m));
        bool positive = summary.IsPositive;
        var list = new List<EtsSpec>();
        foreach (var trend in trends)
        {
            list.Add(new EtsSpec(EtsError.Additive, trend, EtsSeason.None));
            if (positive && options.AllowMultiplicativeErrorForAdditiveModels) list.Add(new EtsSpec(EtsError.Multiplicative, trend, EtsSeason.None));
        }
        if (!seasonal) return list;
        foreach (var trend in trends)
        {
            list.Add(new EtsSpec(EtsError.Additive, trend, EtsSeason.Additive));
            if (positive && options.AllowMultiplicativeErrorForAdditiveModels) list.Add(new EtsSpec(EtsError.Multiplicative, trend, EtsSeason.Additive));
            if (positive && options.AllowMultiplicativeSeason) list.Add(new EtsSpec(EtsError.Multiplicative, trend, EtsSeason.Multiplicative));
        }
        return list;
    }
}
