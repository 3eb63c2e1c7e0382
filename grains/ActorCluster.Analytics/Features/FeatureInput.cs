namespace ActorCluster.Analytics.Features;

/// <summary>One period of one ASIN as the feature engine sees it: after cleaning, in the ASIN's currency.</summary>
/// <param name="Period">UTC start of the period.</param>
/// <param name="Units">Units sold; NaN (or any non-finite or negative value) means missing.</param>
/// <param name="Price">Price; NaN (or any non-finite, zero or negative value) means missing.</param>
/// <param name="Promotion">True when a promotion or deal ran in the period.</param>
public readonly record struct FeatureInput(DateTime Period, double Units, double Price, bool Promotion);
