using System.Security.Cryptography;
using System.Text;
using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Client.Export;

/// <summary>
/// The versions written into every exported file's key-value metadata. The numbers come from
/// <see cref="AnalyticsVersion"/> (bumped by hand when a meaning changes); the fingerprint is computed from the
/// feature columns and the event calendar, so a column added without a version bump is still visible.
/// </summary>
public static class ExportVersions
{
    public const string FeatureSetKey = "actorcluster.feature_set_version";
    public const string ModelKey = "actorcluster.model_version";
    public const string FingerprintKey = "actorcluster.feature_set_fingerprint";
    public const string CalendarKey = "actorcluster.event_calendar";
    public const string TableKey = "actorcluster.table";
    public const string ExportedAtKey = "actorcluster.exported_at";
    public const string MonthKey = "actorcluster.month";

    public static string FeatureSet => $"features-v{AnalyticsVersion.FeatureSet}";

    public static string Model => $"forecast-v{AnalyticsVersion.Model}";

    /// <summary>Event names in bit order: bit i of <c>EventMask</c> is the i-th name.</summary>
    public static string Calendar { get; } = string.Join(",", EventCalendar.Default.Events.Select(e => e.Name));

    /// <summary>First 12 hex digits of SHA-256 over the feature columns (name:type) and the calendar.</summary>
    public static string Fingerprint { get; } = Hash(string.Join(";", FeatureColumns.Numeric.Select(c => $"{c.Name}:{c.Type.Name}")) + "|" + Calendar);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
