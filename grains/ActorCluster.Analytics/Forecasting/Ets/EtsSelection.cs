using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Outcome of automatic ETS selection: the AICc-best fit, every candidate tried, or why none fits.</summary>
public sealed record EtsSelection
{
    /// <summary>The chosen fit (lowest AICc); null when no candidate could be fitted.</summary>
    public EtsFitResult? Best { get; init; }

    /// <summary>Every candidate considered, fitted or not (each failure with its reason), in the order tried.</summary>
    public required IReadOnlyList<EtsFitResult> Candidates { get; init; }

    /// <summary>Why there is no model; null on success.</summary>
    public string? Reason { get; init; }

    /// <summary>The chosen model; null on failure.</summary>
    public EtsModel? Model => Best?.Model;

    /// <summary>True when a model was chosen.</summary>
    [MemberNotNullWhen(true, nameof(Best), nameof(Model))]
    public bool Success => Best?.Model is not null;
}
