namespace ActorCluster.Connectors.Sources;

/// <summary>
/// One vendor HTTP JSON source: section <c>Sources:NAME</c> in the silo, or an entry of the console's
/// <c>--sources-file</c>. The bearer token comes from an environment variable or a file, never from here.
/// </summary>
public sealed class PullSourceOptions
{
    /// <summary>Record mapping (default <see cref="VendorProfile.Helium10"/>).</summary>
    public VendorProfile Profile { get; set; } = VendorProfile.Helium10;

    /// <summary>Base address of the vendor API, e.g. <c>https://api.example.com/v1/</c>. Required.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Endpoint path under <see cref="BaseUrl"/> (default: <c>products</c> for Helium 10, <c>product</c> for Keepa).</summary>
    public string? Path { get; set; }

    /// <summary>Environment variable holding the bearer token (checked first).</summary>
    public string? TokenEnvironmentVariable { get; set; }

    /// <summary>File holding the bearer token (trimmed).</summary>
    public string? TokenFile { get; set; }

    /// <summary>Records per page, sent as <c>limit</c> (default 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>ASINs named per request, sent comma-separated as <c>asins</c> (default 100).</summary>
    public int AsinsPerRequest { get; set; } = 100;

    /// <summary>The vendor's limit on requests in any 60-second window (default 60). Every attempt counts, retries too.</summary>
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Requests that may go back to back after a pause (default 1); the refill rate is lowered to match.</summary>
    public int Burst { get; set; } = 1;

    /// <summary>Attempts after the first for one page (default 5).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Backoff before the first retry, doubled each time, with jitter (default 1 s).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff (default 60 s); a longer Retry-After is still honoured.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one request including its body (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>ASINs for the scheduled pull (the console takes <c>--asins FILE</c>).</summary>
    public List<string> Asins { get; set; } = [];

    /// <summary>File with one ASIN per line for the scheduled pull.</summary>
    public string? AsinsFile { get; set; }

    public PullScheduleOptions Schedule { get; set; } = new();

    public string EffectivePath => Path ?? (Profile == VendorProfile.Keepa ? "product" : "products");

    /// <summary>Throws with every problem found, naming the source.</summary>
    public void Validate(string name)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            errors.Add($"BaseUrl '{BaseUrl}' is not an http(s) address");
        if (PageSize is < 1 or > 10_000) errors.Add($"PageSize must be 1..10000, was {PageSize}");
        if (AsinsPerRequest is < 1 or > 1000) errors.Add($"AsinsPerRequest must be 1..1000, was {AsinsPerRequest}");
        if (RequestsPerMinute < 2) errors.Add($"RequestsPerMinute must be at least 2, was {RequestsPerMinute}");
        if (Burst < 1 || Burst >= RequestsPerMinute) errors.Add($"Burst must be 1..RequestsPerMinute-1, was {Burst}");
        if (MaxRetries is < 0 or > 100) errors.Add($"MaxRetries must be 0..100, was {MaxRetries}");
        if (InitialBackoff <= TimeSpan.Zero || MaxBackoff < InitialBackoff) errors.Add("InitialBackoff must be positive and at most MaxBackoff");
        if (RequestTimeout <= TimeSpan.Zero) errors.Add("RequestTimeout must be positive");
        if (Schedule.Enabled && Schedule.Interval <= TimeSpan.Zero) errors.Add("Schedule:Interval must be positive");
        if (Schedule.MaxPagesPerRun < 1) errors.Add("Schedule:MaxPagesPerRun must be positive");
        if (errors.Count > 0) throw new InvalidOperationException($"Sources:{name}: " + string.Join("; ", errors));
    }
}
