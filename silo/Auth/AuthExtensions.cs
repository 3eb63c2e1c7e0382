using System.Security.Cryptography;
using System.Text;
using ActorCluster.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace ActorCluster.Silo.Auth;

/// <summary>
/// API keys with roles for the HTTP API and the SignalR hubs. Endpoints opt in with
/// <c>.RequireAuthorization(AuthPolicies.X)</c>; there is deliberately no fallback policy, so health checks,
/// the start page and static files stay anonymous.
/// </summary>
public static partial class AuthExtensions
{
    /// <summary>The default scheme: forwards to the ApiKey scheme, or to the board's cookie when only that was sent.</summary>
    public const string DefaultScheme = "ApiKeyOrBoard";

    /// <summary>
    /// Reads and validates the "Auth" section (throws naming the offending <c>Auth:Keys:{i}</c> entry), registers the
    /// "ApiKey" scheme and the <see cref="AuthPolicies"/>. Profile cluster requires keys; profile local without keys is open.
    /// </summary>
    public static WebApplicationBuilder AddActorClusterAuth(this WebApplicationBuilder builder, SiloSettings settings)
    {
        var ring = ApiKeyConfiguration.Load(builder.Configuration, settings);
        builder.Services.AddSingleton(ring);
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, RoleForbiddenResultHandler>();
        builder.Services.AddAuthentication(DefaultScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, "API key", null)
            .AddPolicyScheme(DefaultScheme, "API key or board sign-in", o =>
            {
                // The user the middleware sees (the rate limiter's partition, the logs) is the key sent with the request,
                // else the board's sign-in cookie, so a browser session is limited as its key, not as its address.
                o.ForwardDefaultSelector = http => !ApiKeyAuthenticationHandler.HasKey(http.Request) && Board.BoardLogin.HasCookie(http.Request)
                    ? Board.BoardLogin.CookieScheme : ApiKeyAuthenticationHandler.SchemeName;
                o.ForwardChallenge = ApiKeyAuthenticationHandler.SchemeName;
                o.ForwardForbid = ApiKeyAuthenticationHandler.SchemeName;
            });
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(KeyHolder().Build())
            .AddPolicy(AuthPolicies.Ingest, KeyHolder().RequireRole(AuthPolicies.Ingest, AuthPolicies.Admin).Build())
            .AddPolicy(AuthPolicies.Read, KeyHolder().RequireRole(AuthPolicies.Read, AuthPolicies.Admin).Build())
            .AddPolicy(AuthPolicies.Admin, KeyHolder().RequireRole(AuthPolicies.Admin).Build());
        return builder;
    }

    /// <summary>Authentication and authorization middleware, and a start-up log of who may do what (names and roles only).</summary>
    public static WebApplication UseActorClusterAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ActorCluster.Silo.Auth");
        var ring = app.Services.GetRequiredService<ApiKeyRing>();
        if (ring.IsOpen)
        {
            // Once now and once beside the "silo started" line, so it is not lost above Orleans' start-up output.
            LogOpen(logger, ApiKeyRing.LocalName);
            app.Lifetime.ApplicationStarted.Register(() => LogOpen(logger, ApiKeyRing.LocalName));
        }
        foreach (var key in ring.Keys) LogKey(logger, key.Name, string.Join(", ", key.Roles));
        return app;
    }

    /// <summary>The lowercase hex SHA-256 of the UTF-8 key: the value for <c>Auth:Keys:{i}:Sha256</c>.</summary>
    public static string HashKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static AuthorizationPolicyBuilder KeyHolder() =>
        new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName, Board.BoardLogin.CookieScheme).RequireAuthenticatedUser();

    [LoggerMessage(Level = LogLevel.Warning, Message = "local profile: the HTTP API and the alert hub are OPEN (no API keys configured): every request acts as '{Name}' with every role. Configure Auth:Keys to require keys; profile cluster always does")]
    private static partial void LogOpen(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key '{Name}' accepted with roles: {Roles}")]
    private static partial void LogKey(ILogger logger, string name, string roles);
}
