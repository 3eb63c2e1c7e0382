namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Smoothing parameters and initial states of an ETS model, in R's error-correction form (Hyndman et al. 2008,
/// Table 2.1; R <c>forecast::ets</c>): beta and gamma multiply the one-step error directly, so R's beta is
/// alpha·beta* of the classical Holt–Winters form.
/// </summary>
/// <remarks>
/// <para>Absent components are <see cref="double.NaN"/>: <see cref="Beta"/> and <see cref="Slope"/> without a trend,
/// <see cref="Gamma"/> without a season, <see cref="Phi"/> without damping (the recursions then use phi = 1).</para>
/// <para><see cref="Season"/> is in R's order: index 0 is the newest seasonal state s_0, index m-1 the oldest
/// s_{-m+1}, which is the one the first observation uses. It is empty for non-seasonal models.</para>
/// <para>Persisted form (<see cref="ToArray"/>): [version = 1, m, alpha, beta, gamma, phi, l_0, b_0, s_0 … s_{m-1}],
/// length 8 (+ m when seasonal). Together with the model code and the raw series this rebuilds the model exactly.</para>
/// </remarks>
public sealed class EtsParameters
{
    /// <summary>Layout version written at index 0 of <see cref="ToArray"/>.</summary>
    public const int LayoutVersion = 1;

    private const int HeaderLength = 8;
    private readonly double[] _season;

    /// <summary>Creates parameters; <paramref name="season"/> is copied.</summary>
    public EtsParameters(int seasonLength, double alpha, double beta, double gamma, double phi, double level, double slope, ReadOnlySpan<double> season)
    {
        if (seasonLength < 1) throw new ArgumentOutOfRangeException(nameof(seasonLength), "season length must be at least 1");
        SeasonLength = seasonLength;
        Alpha = alpha; Beta = beta; Gamma = gamma; Phi = phi; Level = level; Slope = slope;
        _season = season.ToArray();
    }

    /// <summary>Season length m (1 when there is no seasonality).</summary>
    public int SeasonLength { get; }

    /// <summary>Level smoothing, in (1e-4, 0.9999) after estimation.</summary>
    public double Alpha { get; }

    /// <summary>Slope smoothing (error-correction form), at most alpha; NaN without a trend.</summary>
    public double Beta { get; }

    /// <summary>Seasonal smoothing, at most 1 - alpha; NaN without a season.</summary>
    public double Gamma { get; }

    /// <summary>Damping in [0.8, 0.98]; NaN when the trend is not damped.</summary>
    public double Phi { get; }

    /// <summary>Initial level l_0.</summary>
    public double Level { get; }

    /// <summary>Initial slope b_0; NaN without a trend.</summary>
    public double Slope { get; }

    /// <summary>Initial seasonal states s_0 … s_{m-1} in R's order (newest first); empty without a season.</summary>
    public IReadOnlyList<double> Season => _season;

    internal ReadOnlySpan<double> SeasonSpan => _season;

    /// <summary>phi as used by the recursions: 1 for an undamped trend.</summary>
    internal double EffectivePhi => double.IsNaN(Phi) ? 1.0 : Phi;

    /// <summary>The persisted, version-stable form described in the remarks.</summary>
    public double[] ToArray()
    {
        var a = new double[HeaderLength + _season.Length];
        a[0] = LayoutVersion; a[1] = SeasonLength;
        a[2] = Alpha; a[3] = Beta; a[4] = Gamma; a[5] = Phi; a[6] = Level; a[7] = Slope;
        _season.CopyTo(a, HeaderLength);
        return a;
    }

    /// <summary>
    /// Reads the persisted form for <paramref name="spec"/>. Returns false with a reason when the layout version,
    /// the length or the presence of components does not match the spec, or a value needed by the spec is not finite.
    /// </summary>
    public static bool TryFromArray(EtsSpec spec, ReadOnlySpan<double> values, out EtsParameters? parameters, out string? reason)
    {
        parameters = null;
        if (values.Length < HeaderLength || values[0] != LayoutVersion)
        {
            reason = $"not an ETS parameter array of layout version {LayoutVersion}";
            return false;
        }
        double mValue = values[1];
        if (!(mValue >= 1 && mValue <= EtsSpec.MaxSeasonLength && mValue == Math.Floor(mValue)))
        {
            reason = "invalid season length in the parameter array";
            return false;
        }
        int m = (int)mValue;
        int expected = HeaderLength + (spec.IsSeasonal ? m : 0);
        if (values.Length != expected)
        {
            reason = $"{spec.Name} with m = {m} needs {expected} values, got {values.Length}";
            return false;
        }
        bool ok = double.IsFinite(values[2]) && double.IsFinite(values[6])
            && (!spec.HasTrend || (double.IsFinite(values[3]) && double.IsFinite(values[7])))
            && (!spec.IsSeasonal || double.IsFinite(values[4]))
            && (!spec.IsDamped || double.IsFinite(values[5]));
        var season = values[HeaderLength..];
        foreach (var s in season) ok &= double.IsFinite(s);
        if (!ok)
        {
            reason = $"a value required by {spec.Name} is missing or not finite";
            return false;
        }
        parameters = new EtsParameters(m, values[2],
            spec.HasTrend ? values[3] : double.NaN,
            spec.IsSeasonal ? values[4] : double.NaN,
            spec.IsDamped ? values[5] : double.NaN,
            values[6],
            spec.HasTrend ? values[7] : double.NaN,
            season);
        reason = null;
        return true;
    }
}
