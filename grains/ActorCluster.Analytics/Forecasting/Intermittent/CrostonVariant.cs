namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>Croston's estimator or its bias-corrected form.</summary>
public enum CrostonVariant
{
    /// <summary>Croston (1972): forecast z/p.</summary>
    Classic,

    /// <summary>Syntetos–Boylan approximation (2005, IJF 21(2)): forecast (1 − α_p/2)·z/p, removing Croston's positive bias.</summary>
    Sba,
}
