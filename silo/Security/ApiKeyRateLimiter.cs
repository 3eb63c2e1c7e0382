using System.Globalization;
using System.Threading.RateLimiting;
using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace ActorCluster.Silo.Security;

/// <summary>
/// The partitions of the global rate limiter: one fixed window per authenticated key name, one per client IP for
/// everything else (no key, or a key that did not authenticate), none for health probes, which must never be
/// throttled into a restart. A rejected request gets 429 with <c>Retry-After</c> and a problem-details body.
/// </summary>
internal static class ApiKeyRateLimiter
{
    private static readonly PathString Health = new("/health");

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
        limiter.OnRejected = (context, _) => RejectAsync(context);
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options)
    {
        if (http.Request.Path.StartsWithSegments(Health)) return RateLimitPartition.GetNoLimiter("health");
        var user = http.User;
        if (user.Identity is { IsAuthenticated: true, Name: { } name })
        {
            var rule = AuthPolicies.All.Where(user.IsInRole).Select(options.ForRole).MaxBy(r => r.PerSecond) ?? options.Anonymous;
            return FixedWindow("key:" + name, rule);
        }
        return FixedWindow("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.Anonymous);
    }

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit, Window = rule.Window, QueueLimit = 0, AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context)
    {
        var http = context.HttpContext;
        int? seconds = null;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.Value.ToString(CultureInfo.InvariantCulture);
        }
        var who = http.User.Identity is { IsAuthenticated: true, Name: { } name } ? $"API key '{name}'" : "this client address (no valid API key)";
        var detail = $"rate limit exceeded for {who}" + (seconds is { } s ? $"; retry after {s} s" : "");
        await Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests").ExecuteAsync(http);
    }
}
