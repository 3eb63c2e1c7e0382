using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Grains.Alerts;

/// <summary>Maps between the wire types of alerts and the rule library's records.</summary>
public static class AlertRules
{
    /// <summary><paramref name="baseline"/> with the non-null fields of <paramref name="o"/> applied (not validated).</summary>
    public static AlertRuleOptions Apply(AlertRuleOptions baseline, AlertOverride? o) => o is null ? baseline : baseline with
    {
        MinProbability = o.MinProbability ?? baseline.MinProbability,
        RedProbability = o.RedProbability ?? baseline.RedProbability,
        OrangeMinSecondary = o.OrangeMinSecondary ?? baseline.OrangeMinSecondary,
        FireAfter = o.FireAfter ?? baseline.FireAfter,
        FireWindow = o.FireWindow ?? baseline.FireWindow,
        ResolveAfter = o.ResolveAfter ?? baseline.ResolveAfter,
        UnitsSurgeRatio = o.UnitsSurgeRatio ?? baseline.UnitsSurgeRatio,
        RsiHigh = o.RsiHigh ?? baseline.RsiHigh,
        RsiLow = o.RsiLow ?? baseline.RsiLow,
        AtrBandMultiple = o.AtrBandMultiple ?? baseline.AtrBandMultiple,
        HysteresisBuffer = o.HysteresisBuffer ?? baseline.HysteresisBuffer,
        ResidualSigmas = o.ResidualSigmas ?? baseline.ResidualSigmas,
        SalesRankJumpLogChange = o.SalesRankJumpLogChange ?? baseline.SalesRankJumpLogChange,
        StockOutMinMeanUnits = o.StockOutMinMeanUnits ?? baseline.StockOutMinMeanUnits,
        FireAtOnceMargin = o.FireAtOnceMargin ?? baseline.FireAtOnceMargin,
        FireAtOnceAboveRed = o.FireAtOnceAboveRed ?? baseline.FireAtOnceAboveRed,
        UnitsNoiseSigmas = o.UnitsNoiseSigmas ?? baseline.UnitsNoiseSigmas,
        MinPriceMove = o.MinPriceMove ?? baseline.MinPriceMove,
        PromotionDip = o.PromotionDipDays is { } days ? TimeSpan.FromDays(days) : baseline.PromotionDip,
        ExplainCalendarEvents = o.ExplainCalendarEvents ?? baseline.ExplainCalendarEvents,
        CalendarEventMaxLift = o.CalendarEventMaxLift ?? baseline.CalendarEventMaxLift,
    };

    /// <summary>The wire form of rule options (every field set), e.g. a per-ASIN override as the grain holds it.</summary>
    public static AlertOverride ToOverride(AlertRuleOptions o) => new()
    {
        MinProbability = o.MinProbability, RedProbability = o.RedProbability, OrangeMinSecondary = o.OrangeMinSecondary,
        FireAfter = o.FireAfter, FireWindow = o.FireWindow, ResolveAfter = o.ResolveAfter, UnitsSurgeRatio = o.UnitsSurgeRatio,
        RsiHigh = o.RsiHigh, RsiLow = o.RsiLow, AtrBandMultiple = o.AtrBandMultiple, HysteresisBuffer = o.HysteresisBuffer,
        ResidualSigmas = o.ResidualSigmas, SalesRankJumpLogChange = o.SalesRankJumpLogChange, StockOutMinMeanUnits = o.StockOutMinMeanUnits,
        FireAtOnceMargin = o.FireAtOnceMargin, FireAtOnceAboveRed = o.FireAtOnceAboveRed, UnitsNoiseSigmas = o.UnitsNoiseSigmas,
        MinPriceMove = o.MinPriceMove, PromotionDipDays = (int)Math.Round(o.PromotionDip.TotalDays), ExplainCalendarEvents = o.ExplainCalendarEvents,
        CalendarEventMaxLift = o.CalendarEventMaxLift,
    };

    /// <summary>True for the transitions pushed to subscribers: notified rule transitions and every command.</summary>
    public static bool IsPushed(AlertTransition t) =>
        t.Notify || t.Kind is AlertTransitionKind.Acknowledged or AlertTransitionKind.Snoozed;

    /// <summary>The wire form of a history entry.</summary>
    public static AlertNotice ToNotice(AlertTransition t, string? category) => new()
    {
        Asin = t.Asin,
        Sequence = t.Sequence,
        AlertId = t.AlertId,
        Period = t.At,
        RaisedAt = t.RecordedAt,
        Kind = t.Kind.ToString(),
        Tier = t.Tier.ToString(),
        Probability = double.IsFinite(t.Probability) ? t.Probability : null,
        Category = category,
        Reason = t.Reason,
        Signals = [.. t.Signals.Select(ToView)],
        Inhibited = [.. t.Inhibited.Select(ToView)],
        By = t.By,
        Notify = IsPushed(t),
    };

    private static SignalView ToView(AlertSignal s) => new()
    {
        Kind = s.Kind.ToString(),
        Value = double.IsFinite(s.Value) ? s.Value : 0,
        Threshold = double.IsFinite(s.Threshold) ? s.Threshold : null,
        Direction = s.Direction,
        Explanation = s.Explanation,
    };

    /// <summary>The wire form of a snooze.</summary>
    public static SnoozeView ToView(AlertSnooze s) => new()
    {
        Scope = s.Scope.ToString(),
        Until = s.Until,
        By = s.By,
        Category = s.Category,
        Tier = s.Tier == AlertTier.None ? null : s.Tier.ToString(),
        Note = s.Note,
    };

    /// <summary>
    /// The library form of a snooze request, checked: scope, future end, who, tier and category as the scope needs.
    /// Throws <see cref="ArgumentException"/> naming the problem.
    /// </summary>
    public static AlertSnooze ToSnooze(SnoozeRequest r, DateTime now, bool categoryAllowed)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!Enum.TryParse<SnoozeScope>(r.Scope, ignoreCase: true, out var scope) || !Enum.IsDefined(scope))
            throw new ArgumentException($"scope '{r.Scope}' is not one of Asin, Tier, Category");
        if (scope == SnoozeScope.Category && !categoryAllowed)
            throw new ArgumentException("a category snooze goes to the category (POST /api/categories/{category}/snooze), not to one ASIN");
        var until = r.Until.Kind == DateTimeKind.Local ? r.Until.ToUniversalTime() : DateTime.SpecifyKind(r.Until, DateTimeKind.Utc);
        if (until <= now) throw new ArgumentException($"until {until:O} is not in the future");
        if (until > now.AddDays(366)) throw new ArgumentException($"until {until:O} is more than a year ahead");
        if (string.IsNullOrWhiteSpace(r.By)) throw new ArgumentException("by (who snoozes) is required");
        var tier = AlertTier.None;
        if (scope == SnoozeScope.Tier && (!Enum.TryParse(r.Tier, ignoreCase: true, out tier) || tier == AlertTier.None || !Enum.IsDefined(tier)))
            throw new ArgumentException($"tier '{r.Tier}' is not one of Yellow, Orange, Red");
        if (scope == SnoozeScope.Category && string.IsNullOrWhiteSpace(r.Category))
            throw new ArgumentException("a category snooze needs the category");
        if (r.Note is { Length: > 500 }) throw new ArgumentException("note is longer than 500 characters");
        return new AlertSnooze(scope, until, r.By.Trim(), scope == SnoozeScope.Category ? r.Category!.Trim() : null, tier, r.Note);
    }

    /// <summary>The library form of a snooze view (category snoozes handed down); null when it does not parse.</summary>
    public static AlertSnooze? FromView(SnoozeView v) =>
        Enum.TryParse<SnoozeScope>(v.Scope, true, out var scope)
            ? new AlertSnooze(scope, DateTime.SpecifyKind(v.Until, DateTimeKind.Utc), v.By, v.Category,
                Enum.TryParse<AlertTier>(v.Tier, true, out var t) ? t : AlertTier.None, v.Note)
            : null;
}
