namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>Which intermittent method a candidate fits.</summary>
internal enum IntermittentMethod
{
    /// <summary>SBA or TSB by in-sample MSE.</summary>
    Selected,

    /// <summary>Croston with the Syntetos–Boylan bias correction.</summary>
    CrostonSba,

    /// <summary>Teunter–Syntetos–Babai.</summary>
    Tsb,
}
