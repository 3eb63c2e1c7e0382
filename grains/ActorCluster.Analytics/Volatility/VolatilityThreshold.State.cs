namespace ActorCluster.Analytics.Volatility;

public sealed partial class VolatilityThreshold
{
    /// <summary>Plain snapshot for the grain to persist (allocates).</summary>
    public VolatilityThresholdState ExportState() => new(
        Metric, _rolling.ExportState(), _garch.ExportState(), _atr.ExportState(), _entropy.ExportState(),
        IsAbove, FeedbackPenalty, PeriodsSinceRefit);

    /// <summary>
    /// Rebuilds an instance from <paramref name="state"/> with the same options it was created with; the
    /// regime detector is rebuilt from the raw window. Throws <see cref="ArgumentException"/> for a corrupt state.
    /// </summary>
    public static VolatilityThreshold FromState(VolatilityThresholdState state, VolatilityThresholdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = new VolatilityThreshold(state.Metric, options);
        var o = t._options;
        t._rolling = RollingVolatility.FromState(state.Rolling, LogChange.For(state.Metric), o.ShortWindow, o.MediumWindow, o.LongWindow);
        var changes = state.Rolling.Changes;
        foreach (var c in changes.AsSpan(Math.Max(0, changes.Length - o.RegimeWindow))) t._regime.TryPush(c);
        t._garch.ImportState(state.Garch);
        t._atr.ImportState(state.Atr);
        t._entropy.ImportState(state.Entropy);
        t._band.IsAbove = state.IsAbove;
        if (!(state.FeedbackPenalty >= 0 && state.FeedbackPenalty <= 1))
            throw new ArgumentException("feedback penalty must be in [0, 1]", nameof(state));
        t.FeedbackPenalty = state.FeedbackPenalty;
        t.PeriodsSinceRefit = Math.Max(0, state.PeriodsSinceRefit);
        if (t._rolling.Count >= 2) t.UpdateSigmas(pushEntropy: false);
        return t;
    }
}
