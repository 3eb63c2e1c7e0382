using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Outcome of fitting one ETS form: the model with its information criteria, or the reason it was not fitted.
/// </summary>
/// <remarks>
/// Information criteria follow R's <c>ets</c>: with lik = n·log Σe² (+ 2·Σ log|f_t| for multiplicative errors) and
/// k = estimated parameters + 1 (σ²): AIC = lik + 2k, AICc = AIC + 2k(k+1)/(n-k-1), BIC = lik + k·log n.
/// <see cref="LogLikelihood"/> = -lik/2; add -n/2·(1 + log(2π/n)) for the full Gaussian log-likelihood.
/// </remarks>
public sealed record EtsFitResult
{
    /// <summary>The form that was (or could not be) fitted.</summary>
    public required EtsSpec Spec { get; init; }

    /// <summary>The fitted model, positioned after the last observation; null on failure.</summary>
    public EtsModel? Model { get; init; }

    /// <summary>Why there is no model; null on success.</summary>
    public string? Reason { get; init; }

    /// <summary>True when <see cref="Model"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Model))]
    public bool Success => Model is not null;

    /// <summary>Maximised log-likelihood on R's definition (constants dropped); NaN on failure.</summary>
    public double LogLikelihood { get; init; } = double.NaN;

    /// <summary>Akaike information criterion; NaN on failure.</summary>
    public double Aic { get; init; } = double.NaN;

    /// <summary>AIC corrected for small samples, the selection criterion; +∞ when n ≤ k + 1, NaN on failure.</summary>
    public double Aicc { get; init; } = double.NaN;

    /// <summary>Bayesian information criterion; NaN on failure.</summary>
    public double Bic { get; init; } = double.NaN;

    /// <summary>Optimiser iterations used.</summary>
    public int Iterations { get; init; }

    /// <summary>Likelihood evaluations (filter passes) used.</summary>
    public int Evaluations { get; init; }

    /// <summary>False when the optimiser stopped at its iteration limit.</summary>
    public bool Converged { get; init; }

    internal static EtsFitResult Failed(EtsSpec spec, string reason) => new() { Spec = spec, Reason = reason };
}
