using ActorCluster.Silo.Hosting;

namespace ActorCluster.Silo.Auth;

/// <summary>
/// Reads and validates the "Auth" section: <c>Auth:Keys:{i}:Name</c>, <c>:Sha256</c> (hex SHA-256 of the UTF-8 key),
/// <c>:Roles</c> (array or comma-separated) and <c>Auth:Required</c>. Every problem is reported at once, at start.
/// </summary>
internal static class ApiKeyConfiguration
{
    public const string Section = "Auth";

    private const string HowTo = "add Auth:Keys:0:Name, Auth:Keys:0:Sha256 (lowercase hex SHA-256 of the key) and Auth:Keys:0:Roles (ingest, read, admin)";

    public static ApiKeyRing Load(IConfiguration configuration, SiloSettings settings)
    {
        var auth = configuration.GetSection(Section);
        var errors = new List<string>();
        var entries = auth.GetSection("Keys").GetChildren().ToList();
        var parsed = entries.Select(e => (e.Path, Key: Parse(e, errors))).Where(p => p.Key is not null).ToList();

        bool? required = null;
        if (auth["Required"] is { Length: > 0 } text)
        {
            if (bool.TryParse(text, out var value)) required = value;
            else errors.Add($"Auth:Required must be true or false, was '{text}'");
        }

        foreach (var same in parsed.GroupBy(p => Convert.ToHexString(p.Key!.Sha256)).Where(g => g.Count() > 1))
            errors.Add($"{string.Join(" and ", same.Select(p => p.Path))} have the same Sha256: one key cannot have two names");
        if (settings.IsCluster && required == false)
            errors.Add("Auth:Required=false is not allowed on profile cluster: the cluster always requires API keys");
        if (entries.Count == 0 && settings.IsCluster)
            errors.Add($"profile cluster requires API keys but no Auth:Keys are configured: {HowTo}");
        else if (entries.Count == 0 && required == true)
            errors.Add($"Auth:Required is true but no Auth:Keys are configured: {HowTo}");

        if (errors.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
        return new ApiKeyRing([.. parsed.Select(p => p.Key!)]);
    }

    private static ApiKey? Parse(IConfigurationSection entry, List<string> errors)
    {
        int before = errors.Count;
        var name = entry["Name"]?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add($"{entry.Path}:Name is empty: name who holds the key");

        var hex = entry["Sha256"]?.Trim() ?? "";
        if (hex.Length != 64) errors.Add($"{entry.Path}:Sha256 must be the 64 hex digits of the key's SHA-256, has {hex.Length} characters");
        else if (!hex.All(char.IsAsciiHexDigit)) errors.Add($"{entry.Path}:Sha256 is not hexadecimal");

        var roles = ReadRoles(entry.GetSection("Roles"));
        if (roles.Count == 0) errors.Add($"{entry.Path}:Roles is empty: give at least one of {string.Join(", ", AuthPolicies.All)}");
        foreach (var unknown in roles.Except(AuthPolicies.All))
            errors.Add($"{entry.Path}:Roles has unknown role '{unknown}' (known: {string.Join(", ", AuthPolicies.All)})");

        return errors.Count == before ? new ApiKey(name!, Convert.FromHexString(hex), roles) : null;
    }

    /// <summary>Accepts <c>Roles:0=read</c>, <c>Roles:1=ingest</c> as well as <c>Roles="read, ingest"</c>.</summary>
    private static List<string> ReadRoles(IConfigurationSection section)
    {
        IEnumerable<string?> values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value);
        return [.. values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(r => r.ToLowerInvariant())
            .Distinct()];
    }
}
