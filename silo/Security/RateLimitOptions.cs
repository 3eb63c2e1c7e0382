namespace ActorCluster.Silo.Security;

/// <summary>
/// The "RateLimits" section: a fixed window of requests per API key (partitioned by the key's name) and, for requests
/// without a valid key, per client IP address. A key with several roles gets the most generous of its roles' rules.
/// Health probes are never limited. Bound as <c>RateLimits:Ingest:PermitLimit=1000</c>, <c>RateLimits:Ingest:Window=00:00:01</c> ….
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>False switches rate limiting off (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Keys with the ingest role (default 1,000 requests per second; a request may carry 10,000 observations).</summary>
    public RateLimitRule Ingest { get; set; } = new() { PermitLimit = 1000 };

    /// <summary>Keys with the read role (default 1,000 requests per second).</summary>
    public RateLimitRule Read { get; set; } = new() { PermitLimit = 1000 };

    /// <summary>Keys with the admin role (default 1,000 requests per second).</summary>
    public RateLimitRule Admin { get; set; } = new() { PermitLimit = 1000 };

    /// <summary>Requests without a valid key, per client IP (default 100 per second): the start page, the dashboard, 401s.</summary>
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 100 };

    public RateLimitRule ForRole(string role) => role switch
    {
        Auth.AuthPolicies.Ingest => Ingest,
        Auth.AuthPolicies.Read => Read,
        Auth.AuthPolicies.Admin => Admin,
        _ => Anonymous,
    };

    /// <summary>Throws naming each bad rule.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        foreach (var (name, rule) in new[] { ("Ingest", Ingest), ("Read", Read), ("Admin", Admin), ("Anonymous", Anonymous) })
        {
            if (rule.PermitLimit < 1) errors.Add($"{Section}:{name}:PermitLimit must be 1 or more, was {rule.PermitLimit}");
            if (rule.Window <= TimeSpan.Zero) errors.Add($"{Section}:{name}:Window must be positive, was {rule.Window}");
        }
        if (errors.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
    }
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (default one second); the rest get 429.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests per second, to pick the most generous rule of a key with several roles.</summary>
    public double PerSecond => PermitLimit / Window.TotalSeconds;
}
