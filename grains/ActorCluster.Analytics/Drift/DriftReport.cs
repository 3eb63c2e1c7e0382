namespace ActorCluster.Analytics.Drift;

/// <summary>Result of <see cref="DriftDetector.Check"/>.</summary>
/// <param name="IsDrift">True when the test is valid and its p-value is below <paramref name="Alpha"/>.</param>
/// <param name="Alpha">Significance level used.</param>
/// <param name="Test">The KS test between the reference and the recent window; invalid (with a reason) while filling.</param>
public readonly record struct DriftReport(bool IsDrift, double Alpha, KolmogorovSmirnovResult Test);
