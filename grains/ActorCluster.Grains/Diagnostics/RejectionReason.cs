namespace ActorCluster.Grains.Diagnostics;

/// <summary>
/// The reason classes of refused observations: a small fixed set, so a metric label never carries free text (which
/// would make one time series per distinct message). Classified from the reason texts that <c>AsinIngestor</c>,
/// <c>ObservationValidator</c> and the HTTP API write; a text this does not know counts as <see cref="InvalidField"/>.
/// </summary>
public static class RejectionReason
{
    /// <summary>The ASIN is empty, not ten characters or not A–Z/0–9 (refused before any grain is called).</summary>
    public const string InvalidAsin = "invalid_asin";

    /// <summary>A field is out of range or missing (negative units, rating outside 0–5, no period …).</summary>
    public const string InvalidField = "invalid_field";

    /// <summary>The period lies further in the future than the allowed skew.</summary>
    public const string Future = "future";

    /// <summary>The period is older than the ASIN's window.</summary>
    public const string TooOld = "too_old";

    /// <summary>The currency differs from the ASIN's and cannot be converted.</summary>
    public const string Currency = "currency";

    /// <summary>The whole batch was larger than the grain accepts.</summary>
    public const string BatchTooLarge = "batch_too_large";

    /// <summary>The item itself was null.</summary>
    public const string Empty = "empty";

    /// <summary>The class of a grain's rejection text.</summary>
    public static string Classify(string? reason)
    {
        if (string.IsNullOrEmpty(reason) || reason.Contains("is null", StringComparison.Ordinal)) return Empty;
        if (reason.Contains("in the future", StringComparison.Ordinal)) return Future;
        if (reason.Contains("older than the window", StringComparison.Ordinal)) return TooOld;
        if (reason.StartsWith("currency ", StringComparison.Ordinal) && reason.Contains("cannot be converted", StringComparison.Ordinal)) return Currency;
        if (reason.StartsWith("batch of ", StringComparison.Ordinal)) return BatchTooLarge;
        return InvalidField;
    }
}
