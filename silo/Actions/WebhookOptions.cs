namespace ActorCluster.Silo.Actions;

/// <summary>The automatic action hook for red alerts (section "AlertWebhook"). Disabled while <see cref="Url"/> is empty.</summary>
public sealed class WebhookOptions
{
    public const string Section = "AlertWebhook";

    /// <summary>Where red alerts are POSTed as JSON (e.g. a service that pauses ads or reorders). Default: none.</summary>
    public Uri? Url { get; set; }

    /// <summary>Optional bearer token sent with every call (from environment or a secrets file, never the repo).</summary>
    public string? Token { get; set; }

    /// <summary>Actions waiting to be sent (default 10,000); when full the oldest is dropped and counted, never the grain blocked.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, network), with exponential backoff and jitter (default 5).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay, doubled each time (default 1 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time allowed for one attempt (default 10 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public void Validate()
    {
        var errors = new List<string>();
        if (Url is { IsAbsoluteUri: false } || Url is { Scheme: not ("http" or "https") }) errors.Add($"AlertWebhook:Url must be an absolute http(s) URL, was '{Url}'");
        if (QueueCapacity < 1) errors.Add($"AlertWebhook:QueueCapacity must be positive, was {QueueCapacity}");
        if (MaxRetries is < 0 or > 20) errors.Add($"AlertWebhook:MaxRetries must be 0..20, was {MaxRetries}");
        if (RetryDelay <= TimeSpan.Zero || AttemptTimeout <= TimeSpan.Zero) errors.Add("AlertWebhook:RetryDelay and AttemptTimeout must be positive");
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
    }
}
