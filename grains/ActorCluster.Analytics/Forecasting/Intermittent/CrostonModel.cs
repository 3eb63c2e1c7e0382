using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// Croston's method for intermittent demand: separate exponential smoothing of the non-zero demand sizes z
/// (constant α_z) and of the intervals between demands p (constant α_p), both updated only in periods with
/// demand; the per-period forecast is z/p, or (1 − α_p/2)·z/p with the SBA correction.
/// </summary>
/// <remarks>
/// Sources: Croston (1972), ORQ 23(3):289–303; Syntetos &amp; Boylan (2005), IJF 21(2):303–314.
/// Initial z and p are the means of the sizes and intervals in the fitted sample (first interval counted
/// from the start, as <c>tsintermittent::crost(init = "mean")</c>). Without given constants, α_z and α_p are
/// chosen on a grid (<see cref="SmoothingGrid"/>) by the in-sample MSE of one-step forecasts over every period.
/// Intervals: <see cref="IntermittentIntervals"/> with occurrence 1/p and size variance smoothed like z.
/// <see cref="Update"/> is O(1), allocation-free.
/// Parameter layout v1: [1, variant, α_z, α_p, z, p, size variance, periods since demand, count, sse, z₀, p₀].
/// </remarks>
public sealed class CrostonModel : IForecastModel
{
    private const double Layout = 1;
    private const int Length = 12;
    private State _state;

    private CrostonModel(CrostonVariant variant, double sizeAlpha, double intervalAlpha, State initial)
    {
        (Variant, SizeAlpha, IntervalAlpha, _state) = (variant, sizeAlpha, intervalAlpha, initial);
        (InitialSize, InitialInterval) = (initial.Size, initial.Interval);
    }

    /// <inheritdoc/>
    public string Name => Variant == CrostonVariant.Sba ? "Croston-SBA" : "Croston";

    /// <summary>Classic or SBA.</summary>
    public CrostonVariant Variant { get; }

    /// <summary>Smoothing constant of the demand sizes.</summary>
    public double SizeAlpha { get; }

    /// <summary>Smoothing constant of the inter-demand intervals.</summary>
    public double IntervalAlpha { get; }

    /// <summary>z₀ and p₀ of the fit.</summary>
    public double InitialSize { get; }

    /// <inheritdoc cref="InitialSize"/>
    public double InitialInterval { get; }

    /// <summary>Smoothed demand size z.</summary>
    public double Size => _state.Size;

    /// <summary>Smoothed interval between demands p.</summary>
    public double Interval => _state.Interval;

    /// <summary>The per-period point forecast: z/p, times (1 − α_p/2) for SBA.</summary>
    public double Rate => Factor(Variant, IntervalAlpha) * _state.Size / _state.Interval;

    /// <summary>Mean squared one-step error over every absorbed period.</summary>
    public double MeanSquaredError => Count > 0 ? _state.Sse / Count : double.NaN;

    /// <inheritdoc/>
    public int Count => _state.Count;

    /// <inheritdoc/>
    public double[] Parameters =>
    [
        Layout, (double)Variant, SizeAlpha, IntervalAlpha, _state.Size, _state.Interval, _state.SizeVariance,
        _state.SinceDemand, _state.Count, _state.Sse, InitialSize, InitialInterval,
    ];

    /// <summary>
    /// Fits with α_z and α_p chosen on the grid by in-sample MSE. False with a reason for an empty series,
    /// NaN/∞, negative values or no demand at all.
    /// </summary>
    public static bool TryFit(ReadOnlySpan<double> y, CrostonVariant variant, [NotNullWhen(true)] out CrostonModel? model, out string reason)
    {
        model = null;
        if (!TryInitialise(y, out var initial, out reason)) return false;
        double bestMse = double.PositiveInfinity, bestZ = 0, bestP = 0;
        foreach (var az in SmoothingGrid.Values)
            foreach (var ap in SmoothingGrid.Values)
            {
                var s = initial;
                foreach (var v in y) s.Absorb(v, az, ap, Factor(variant, ap));
                if (s.Sse < bestMse) (bestMse, bestZ, bestP) = (s.Sse, az, ap);
            }
        return TryFit(y, variant, bestZ, bestP, out model, out reason);
    }

    /// <summary>Fits with given smoothing constants in (0, 1].</summary>
    public static bool TryFit(ReadOnlySpan<double> y, CrostonVariant variant, double sizeAlpha, double intervalAlpha,
        [NotNullWhen(true)] out CrostonModel? model, out string reason)
    {
        model = null;
        if (!(sizeAlpha > 0 && sizeAlpha <= 1 && intervalAlpha > 0 && intervalAlpha <= 1)) { reason = "smoothing constants must be in (0, 1]"; return false; }
        if (!TryInitialise(y, out var initial, out reason)) return false;
        model = new CrostonModel(variant, sizeAlpha, intervalAlpha, initial);
        foreach (var v in y) model.Absorb(v);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out CrostonModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, Length, out reason)) return false;
        var p = parameters;
        if (p[1] is not (0 or 1) || !(p[5] >= 1) || !(p[11] >= 1)) { reason = "bad variant or interval"; return false; }
        var initial = new State { Size = p[10], Interval = p[11] };
        model = new CrostonModel((CrostonVariant)(int)p[1], p[2], p[3], initial)
        {
            _state = new State { Size = p[4], Interval = p[5], SizeVariance = p[6], SinceDemand = (int)p[7], Count = (int)p[8], Sse = p[9] },
        };
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="y"/> is NaN, infinite or negative.</exception>
    public void Update(double y)
    {
        SeriesCheck.ThrowIfNotFinite(y);
        if (y < 0) throw new ArgumentOutOfRangeException(nameof(y), y, "demand cannot be negative");
        Absorb(y);
    }

    /// <inheritdoc/>
    public Forecast Forecast(int horizon)
    {
        SeriesCheck.ThrowIfBadHorizon(horizon);
        return IntermittentIntervals.Build(Name, horizon, Rate, 1 / _state.Interval, _state.Size, _state.SizeVariance);
    }

    private void Absorb(double y) => _state.Absorb(y, SizeAlpha, IntervalAlpha, Factor(Variant, IntervalAlpha));

    private static double Factor(CrostonVariant variant, double intervalAlpha) =>
        variant == CrostonVariant.Sba ? 1 - intervalAlpha / 2 : 1;

    private static bool TryInitialise(ReadOnlySpan<double> y, out State initial, out string reason)
    {
        initial = default;
        if (!DemandSeries.TryValidate(y, out reason)) return false;
        var (demands, size, variance, interval) = DemandSeries.Summarise(y);
        if (demands == 0) { reason = "no demand in the series (all zeros)"; return false; }
        initial = new State { Size = size, Interval = interval, SizeVariance = variance };
        return true;
    }

    private struct State
    {
        public double Size, Interval, SizeVariance, Sse;
        public int SinceDemand, Count;

        public void Absorb(double y, double sizeAlpha, double intervalAlpha, double factor)
        {
            double e = y - factor * Size / Interval;
            Sse += e * e;
            SinceDemand++;
            if (y > 0)
            {
                double ez = y - Size;
                SizeVariance += sizeAlpha * (ez * ez - SizeVariance);
                Size += sizeAlpha * ez;
                Interval += intervalAlpha * (SinceDemand - Interval);
                SinceDemand = 0;
            }
            Count++;
        }
    }
}
