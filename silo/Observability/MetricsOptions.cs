namespace ActorCluster.Silo.Observability;

/// <summary>The "Metrics" section: the Prometheus endpoint and who may scrape it.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Where the Prometheus text is served (default <c>/metrics</c>).</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// Lowercase hex SHA-256 of a key that may read <see cref="Path"/> and nothing else (default none). Outside an open
    /// local profile the endpoint otherwise needs a key with the read (or admin) role. Prometheus sends it with
    /// <c>authorization: {type: Bearer, credentials_file: …}</c>.
    /// </summary>
    public string? ScrapeKeySha256 { get; set; }

    /// <summary>Throws naming each problem.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/')) errors.Add($"Metrics:Path must start with '/', was '{Path}'");
        if (ScrapeKeySha256 is { } hex && (hex.Trim().Length != 64 || !hex.Trim().All(char.IsAsciiHexDigit)))
            errors.Add("Metrics:ScrapeKeySha256 must be the 64 hex digits of the scrape key's SHA-256");
        if (errors.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
    }
}
