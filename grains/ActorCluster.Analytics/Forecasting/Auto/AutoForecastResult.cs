using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// What <see cref="AutoForecaster.Select"/> chose and why: the model positioned after the last observation, or
/// the reason there is none (too little history, unusable values), and the ranking of every candidate.
/// </summary>
public sealed record AutoForecastResult
{
    /// <summary>The chosen model, ready to forecast and to absorb new observations; null when refused.</summary>
    public IForecastModel? Model { get; init; }

    /// <summary>The family of <see cref="Model"/>; null when refused.</summary>
    public ModelFamily? Family { get; init; }

    /// <summary>Why there is no model (e.g. "need at least 14 periods, got 9"); null on success.</summary>
    public string? Reason { get; init; }

    /// <summary>Why this model, in one line.</summary>
    public string Note { get; init; } = "";

    /// <summary>Every candidate considered, best first; those without a score last, with their reasons.</summary>
    public IReadOnlyList<CandidateScore> Ranking { get; init; } = [];

    /// <summary>The mode the choice was made in.</summary>
    public AutoForecastMode Mode { get; init; }

    /// <summary>Length of each validation window (0 when no validation was needed, e.g. a constant series).</summary>
    public int ValidationHorizon { get; init; }

    /// <summary>Number of validation origins.</summary>
    public int ValidationOrigins { get; init; }

    /// <summary>Observations the model was fitted to, after missing values were handled.</summary>
    public int Observations { get; init; }

    /// <summary>Values that were missing and interpolated (see <see cref="MissingValueHandling.Interpolate"/>).</summary>
    public int ImputedValues { get; init; }

    /// <summary>The Syntetos–Boylan class of the series; null for negative values or no demand at all.</summary>
    public DemandClassification? Demand { get; init; }

    /// <summary>
    /// True when the series had no negative value: sales cannot be negative, so <see cref="Forecast"/> floors means
    /// and bounds at 0, and the candidates were scored on floored forecasts too.
    /// </summary>
    public bool NonNegative { get; init; }

    /// <summary>The model's forecast, floored at 0 when <see cref="NonNegative"/>; null when refused.</summary>
    public Forecast? Forecast(int horizon)
    {
        if (Model is null) return null;
        var forecast = Model.Forecast(horizon);
        if (NonNegative) Baseline.ForecastBounds.FloorAtZero(forecast);
        return forecast;
    }

    /// <summary>True when a model was chosen.</summary>
    [MemberNotNullWhen(true, nameof(Model))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool Success => Model is not null;

    internal static AutoForecastResult Refused(string reason, AutoForecastMode mode, IReadOnlyList<CandidateScore>? ranking = null) =>
        new() { Reason = reason, Mode = mode, Ranking = ranking ?? [] };
}
