namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Silences notifications until <paramref name="Until"/> (exclusive). Transitions still happen and are recorded
/// with <see cref="AlertTransition.Notify"/> false.
/// </summary>
/// <param name="Scope">What is silenced.</param>
/// <param name="Until">End of the silence (UTC).</param>
/// <param name="By">Who asked.</param>
/// <param name="Category">The category, for <see cref="SnoozeScope.Category"/>.</param>
/// <param name="Tier">The tier, for <see cref="SnoozeScope.Tier"/>.</param>
/// <param name="Note">Why, optional.</param>
public sealed record AlertSnooze(
    SnoozeScope Scope, DateTime Until, string By, string? Category = null, AlertTier Tier = AlertTier.None, string? Note = null)
{
    /// <summary>True when this snooze silences an alert of <paramref name="tier"/> in <paramref name="category"/> at <paramref name="at"/>.</summary>
    public bool Silences(string? category, AlertTier tier, DateTime at) => at < Until && Scope switch
    {
        SnoozeScope.Asin => true,
        SnoozeScope.Category => category is not null && string.Equals(category, Category, StringComparison.OrdinalIgnoreCase),
        SnoozeScope.Tier => tier == Tier,
        _ => false,
    };
}
