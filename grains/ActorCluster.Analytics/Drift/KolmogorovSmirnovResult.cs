namespace ActorCluster.Analytics.Drift;

/// <summary>Outcome of a two-sample Kolmogorov–Smirnov test.</summary>
/// <param name="IsValid">False when the test could not be run; then <see cref="Reason"/> says why and D and p are NaN.</param>
/// <param name="Reason">Null when valid.</param>
/// <param name="Statistic">D = sup_x |F₁(x) − F₂(x)|, in [0, 1].</param>
/// <param name="PValue">Asymptotic p-value with the Stephens small-sample correction, in [0, 1].</param>
/// <param name="SizeA">Finite values used from the first sample.</param>
/// <param name="SizeB">Finite values used from the second sample.</param>
public readonly record struct KolmogorovSmirnovResult(
    bool IsValid, string? Reason, double Statistic, double PValue, int SizeA, int SizeB)
{
    internal static KolmogorovSmirnovResult Invalid(string reason, int sizeA, int sizeB) =>
        new(false, reason, double.NaN, double.NaN, sizeA, sizeB);
}
