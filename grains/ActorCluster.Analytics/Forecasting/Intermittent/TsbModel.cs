using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// The Teunter–Syntetos–Babai method: the demand probability d is smoothed every period
/// (d ← d + β(1[y&gt;0] − d)) and the demand size z only in periods with demand (z ← z + α(y − z));
/// the per-period forecast is d·z. Unlike Croston it decays towards zero while no demand occurs,
/// which suits items that become obsolete.
/// </summary>
/// <remarks>
/// Source: Teunter, Syntetos &amp; Babai (2011), "Intermittent demand: linking forecasting to inventory
/// obsolescence", EJOR 214(3):606–615. Initial d is the share of periods with demand and z the mean size in the
/// fitted sample. Without given constants, α and β are chosen on a grid (<see cref="SmoothingGrid"/>) by in-sample
/// one-step MSE. Intervals: <see cref="IntermittentIntervals"/> with occurrence d. <see cref="Update"/> is O(1),
/// allocation-free. Parameter layout v1: [1, α, β, d, z, size variance, count, sse, d₀, z₀].
/// </remarks>
public sealed class TsbModel : IForecastModel
{
    private const double Layout = 1;
    private const int Length = 10;
    private State _state;

    private TsbModel(double sizeAlpha, double probabilityBeta, State initial)
    {
        (SizeAlpha, ProbabilityBeta, _state) = (sizeAlpha, probabilityBeta, initial);
        (InitialProbability, InitialSize) = (initial.Probability, initial.Size);
    }

    /// <inheritdoc/>
    public string Name => "TSB";

    /// <summary>Smoothing constant α of the demand sizes.</summary>
    public double SizeAlpha { get; }

    /// <summary>Smoothing constant β of the demand probability.</summary>
    public double ProbabilityBeta { get; }

    /// <summary>d₀ and z₀ of the fit.</summary>
    public double InitialProbability { get; }

    /// <inheritdoc cref="InitialProbability"/>
    public double InitialSize { get; }

    /// <summary>Smoothed probability of demand in a period.</summary>
    public double Probability => _state.Probability;

    /// <summary>Smoothed demand size when demand occurs.</summary>
    public double Size => _state.Size;

    /// <summary>The per-period point forecast d·z.</summary>
    public double Rate => _state.Probability * _state.Size;

    /// <summary>Mean squared one-step error over every absorbed period.</summary>
    public double MeanSquaredError => Count > 0 ? _state.Sse / Count : double.NaN;

    /// <inheritdoc/>
    public int Count => _state.Count;

    /// <inheritdoc/>
    public double[] Parameters =>
    [
        Layout, SizeAlpha, ProbabilityBeta, _state.Probability, _state.Size, _state.SizeVariance,
        _state.Count, _state.Sse, InitialProbability, InitialSize,
    ];

    /// <summary>Fits with α and β chosen on the grid by in-sample MSE; false with a reason for empty, NaN/∞, negative or all-zero input.</summary>
    public static bool TryFit(ReadOnlySpan<double> y, [NotNullWhen(true)] out TsbModel? model, out string reason)
    {
        model = null;
        if (!TryInitialise(y, out var initial, out reason)) return false;
        double bestMse = double.PositiveInfinity, bestA = 0, bestB = 0;
        foreach (var a in SmoothingGrid.Values)
            foreach (var b in SmoothingGrid.Values)
            {
                var s = initial;
                foreach (var v in y) s.Absorb(v, a, b);
                if (s.Sse < bestMse) (bestMse, bestA, bestB) = (s.Sse, a, b);
            }
        return TryFit(y, bestA, bestB, out model, out reason);
    }

    /// <summary>Fits with given smoothing constants in (0, 1].</summary>
    public static bool TryFit(ReadOnlySpan<double> y, double sizeAlpha, double probabilityBeta, [NotNullWhen(true)] out TsbModel? model, out string reason)
    {
        model = null;
        if (!(sizeAlpha > 0 && sizeAlpha <= 1 && probabilityBeta > 0 && probabilityBeta <= 1)) { reason = "smoothing constants must be in (0, 1]"; return false; }
        if (!TryInitialise(y, out var initial, out reason)) return false;
        model = new TsbModel(sizeAlpha, probabilityBeta, initial);
        foreach (var v in y) model._state.Absorb(v, sizeAlpha, probabilityBeta);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out TsbModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, Length, out reason)) return false;
        var p = parameters;
        if (!(p[3] >= 0 && p[3] <= 1)) { reason = "probability out of [0, 1]"; return false; }
        model = new TsbModel(p[1], p[2], new State { Probability = p[8], Size = p[9] })
        {
            _state = new State { Probability = p[3], Size = p[4], SizeVariance = p[5], Count = (int)p[6], Sse = p[7] },
        };
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="y"/> is NaN, infinite or negative.</exception>
    public void Update(double y)
    {
        SeriesCheck.ThrowIfNotFinite(y);
        if (y < 0) throw new ArgumentOutOfRangeException(nameof(y), y, "demand cannot be negative");
        _state.Absorb(y, SizeAlpha, ProbabilityBeta);
    }

    /// <inheritdoc/>
    public Forecast Forecast(int horizon)
    {
        SeriesCheck.ThrowIfBadHorizon(horizon);
        return IntermittentIntervals.Build(Name, horizon, Rate, _state.Probability, _state.Size, _state.SizeVariance);
    }

    private static bool TryInitialise(ReadOnlySpan<double> y, out State initial, out string reason)
    {
        initial = default;
        if (!DemandSeries.TryValidate(y, out reason)) return false;
        var (demands, size, variance, _) = DemandSeries.Summarise(y);
        if (demands == 0) { reason = "no demand in the series (all zeros)"; return false; }
        initial = new State { Probability = demands / (double)y.Length, Size = size, SizeVariance = variance };
        return true;
    }

    private struct State
    {
        public double Probability, Size, SizeVariance, Sse;
        public int Count;

        public void Absorb(double y, double sizeAlpha, double probabilityBeta)
        {
            double e = y - Probability * Size;
            Sse += e * e;
            if (y > 0)
            {
                double ez = y - Size;
                SizeVariance += sizeAlpha * (ez * ez - SizeVariance);
                Size += sizeAlpha * ez;
                Probability += probabilityBeta * (1 - Probability);
            }
            else
            {
                Probability -= probabilityBeta * Probability;
            }
            Count++;
        }
    }
}
