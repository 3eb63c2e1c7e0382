namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// The Syntetos–Boylan demand categories by average inter-demand interval (ADI) and squared coefficient of
/// variation of demand sizes (CV²), cut at ADI 1.32 and CV² 0.49 (Syntetos, Boylan &amp; Croston 2005, JORS 56(5)).
/// </summary>
public enum DemandClass
{
    /// <summary>ADI &lt; 1.32 and CV² &lt; 0.49: regular demand; a continuous model is the better choice.</summary>
    Smooth,

    /// <summary>ADI &lt; 1.32 and CV² ≥ 0.49: frequent demand of very variable size.</summary>
    Erratic,

    /// <summary>ADI ≥ 1.32 and CV² &lt; 0.49: infrequent demand of fairly stable size.</summary>
    Intermittent,

    /// <summary>ADI ≥ 1.32 and CV² ≥ 0.49: infrequent demand of very variable size.</summary>
    Lumpy,
}
