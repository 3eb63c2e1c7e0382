namespace ActorCluster.Analytics.Volatility;

public sealed partial class VolatilityThreshold
{
    /// <summary>
    /// Adds one level: judges its log-change against the current trigger, then updates every layer.
    /// O(1) and allocation-free. NaN/∞ or out-of-domain levels (price ≤ 0; units &lt; 0 is out of domain
    /// only at ≤ −1) are rejected with a status and change nothing; the first level only seeds.
    /// </summary>
    public ThresholdUpdate TryPush(double level)
    {
        double threshold = Threshold, mean = Mean;
        var status = _rolling.TryPush(level, out double change);
        if (status is PushStatus.NotFinite or PushStatus.OutOfDomain)
            return new ThresholdUpdate(status, double.NaN, double.NaN, threshold, IsAbove, HysteresisTransition.None);
        _atr.TryPush(_rolling.LastTransformed);
        if (status == PushStatus.FirstLevel)
            return new ThresholdUpdate(status, double.NaN, double.NaN, threshold, IsAbove, HysteresisTransition.None);

        double score = Math.Abs(change - mean);
        var transition = _band.Update(score, threshold);
        _garch.TryUpdate(change);
        _regime.TryPush(change);
        PeriodsSinceRefit++;
        UpdateSigmas(pushEntropy: true);
        return new ThresholdUpdate(status, change, score, threshold, IsAbove, transition);
    }

    /// <summary>
    /// Re-estimates GARCH on the long window (warm-started from the current parameters). Allocates and
    /// costs a few milliseconds; never throws for bad data. On failure the previous model stays in use.
    /// </summary>
    public GarchFitResult TryRefit()
    {
        // A pooled buffer: refits are rare, so no grain keeps a fit buffer on its heap.
        var buffer = System.Buffers.ArrayPool<double>.Shared.Rent(_options.LongWindow);
        GarchFitResult result;
        try
        {
            int n = _rolling.CopyChanges(buffer);
            PeriodsSinceRefit = 0;
            result = _garch.TryFit(buffer.AsSpan(0, n));
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(buffer);
        }
        if (result.IsFitted) UpdateSigmas(pushEntropy: false);
        return result;
    }

    /// <summary>
    /// Feedback step: lowers the recent-layer weight by <see cref="VolatilityThresholdOptions.FeedbackStep"/>.
    /// Returns false when the weight is already at <see cref="VolatilityThresholdOptions.MinRecentWeight"/> in every regime.
    /// </summary>
    public bool LowerRecentWeight()
    {
        double maxPenalty = Math.Max(_options.TrendingRecentMax, _options.ChoppyRecentMax) - _options.MinRecentWeight;
        if (FeedbackPenalty >= maxPenalty) return false;
        FeedbackPenalty = Math.Min(maxPenalty, FeedbackPenalty + _options.FeedbackStep);
        RecomputeSigma();
        return true;
    }

    /// <summary>Clears the feedback penalty.</summary>
    public void ResetFeedback()
    {
        FeedbackPenalty = 0;
        RecomputeSigma();
    }

    private void UpdateSigmas(bool pushEntropy)
    {
        double sumVar = 0;
        int k = 0;
        for (var h = VolatilityHorizon.Short; h <= VolatilityHorizon.Long; h++)
        {
            double s = _rolling.StdDev(h);
            if (!double.IsNaN(s)) { sumVar += s * s; k++; }
        }
        HistorySigma = k > 0 ? Math.Sqrt(sumVar / k) : double.NaN;

        double recent = _garch.IsFitted ? _garch.ConditionalVolatility : _rolling.StdDev(VolatilityHorizon.Short);
        double jump = _options.GapCorrection ? _atr.SigmaEquivalent : double.NaN;
        if (!double.IsNaN(jump)) recent = double.IsNaN(recent) ? jump : Math.Max(recent, jump);
        RecentSigma = recent;

        if (pushEntropy) _entropy.TryPush(HistorySigma, RecentSigma);
        RecomputeSigma();
    }

    private void RecomputeSigma()
    {
        var w = Weights;
        Sigma = w.History * HistorySigma + w.Recent * RecentSigma;
    }
}
