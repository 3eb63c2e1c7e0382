using ActorCluster.Silo.Api;

namespace ActorCluster.Silo.Security;

/// <summary>
/// The "Limits" section: server-wide ceilings under the per-endpoint ones (observations 4 MB, alert commands 64 KB,
/// what-if 16 KB, each set on its endpoint; hub messages 1 MB, set on SignalR).
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body of any request without its own limit (default 4 MB, the largest endpoint limit); 413 beyond.</summary>
    public long MaxRequestBodyBytes { get; set; } = ObservationEndpoints.MaxBodyBytes;

    /// <summary>Largest total size of the request headers (default 32 KB, Kestrel's own default made explicit); 431 beyond.</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    public void Validate()
    {
        var errors = new List<string>();
        if (MaxRequestBodyBytes < 1024) errors.Add($"{Section}:MaxRequestBodyBytes must be at least 1024, was {MaxRequestBodyBytes}");
        if (MaxRequestHeadersTotalBytes < 1024) errors.Add($"{Section}:MaxRequestHeadersTotalBytes must be at least 1024, was {MaxRequestHeadersTotalBytes}");
        if (errors.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
    }
}
