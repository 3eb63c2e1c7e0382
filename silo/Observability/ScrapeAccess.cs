using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ActorCluster.Silo.Auth;

namespace ActorCluster.Silo.Observability;

/// <summary>
/// Who may read the metrics: a key with the read role (admin implies it), or whoever presents the scrape key.
/// The scrape key is not an API key: it opens the metrics endpoint and nothing else, so a leaked Prometheus
/// credential reads counters, not sales data.
/// </summary>
internal sealed class ScrapeAccess(byte[]? scrapeKeySha256)
{
    public const string Policy = "metrics";

    public bool Allows(ClaimsPrincipal user, HttpContext? http) =>
        user.IsInRole(AuthPolicies.Read) || user.IsInRole(AuthPolicies.Admin) || (http is not null && PresentsScrapeKey(http.Request));

    private bool PresentsScrapeKey(HttpRequest request)
    {
        if (scrapeKeySha256 is null) return false;
        var presented = request.Headers["X-Api-Key"].FirstOrDefault()?.Trim();
        var authorization = request.Headers.Authorization.FirstOrDefault()?.Trim() ?? "";
        if (string.IsNullOrEmpty(presented) && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            presented = authorization["Bearer ".Length..].Trim();
        if (string.IsNullOrEmpty(presented)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), scrapeKeySha256);
    }
}
