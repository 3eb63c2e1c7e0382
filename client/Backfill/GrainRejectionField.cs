namespace ActorCluster.Client.Backfill;

/// <summary>
/// The field a grain rejection is about, read from the reason's first word ("units -3 must not be negative",
/// "period … is older than the window start …"); null when the reason does not start with a field name.
/// </summary>
public static class GrainRejectionField
{
    private static readonly HashSet<string> Fields = new(Formats.CanonicalCsvReader.KnownColumns, StringComparer.Ordinal) { "currency" };

    public static string? Of(string reason)
    {
        int end = reason.IndexOf(' ');
        var first = end < 0 ? reason : reason[..end];
        return Fields.Contains(first) ? first : null;
    }
}
