using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ActorCluster.Silo.Auth;

/// <summary>
/// Scheme "ApiKey": the key comes in the <c>X-Api-Key</c> header, as <c>Authorization: Bearer &lt;key&gt;</c> or
/// <c>Authorization: ApiKey &lt;key&gt;</c>, or, for the SignalR hubs only, in the <c>access_token</c> query parameter
/// (browsers cannot set headers on a WebSocket). No key is no result (anonymous endpoints still work); a wrong key fails.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing ring)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string QueryName = "access_token";
    private const string UnknownKey = "unknown API key";
    private const string HowToSend =
        "an API key is required: send it in the X-Api-Key header or as 'Authorization: Bearer <key>' (SignalR hubs: the access_token query parameter)";

    private static readonly PathString HubsPrefix = new("/hubs");

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ring.IsOpen) return Task.FromResult(Success(ApiKeyRing.LocalName, AuthPolicies.All));
        if (ReadKey(Request) is not { } presented) return Task.FromResult(AuthenticateResult.NoResult());
        return Task.FromResult(ring.Find(presented) is { } key ? Success(key.Name, key.GrantedRoles) : AuthenticateResult.Fail(UnknownKey));
    }

    /// <summary>401 with a problem-details body: how to send a key, or that the key sent is unknown.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = $"{SchemeName}, Bearer";
        var detail = result.Failure is null ? HowToSend : $"{UnknownKey}: the key sent matches none of the configured keys";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(Context);
    }

    /// <summary>Whether the request carries a key in any of the accepted places (valid or not).</summary>
    internal static bool HasKey(HttpRequest request) => ReadKey(request) is not null;

    private static string? ReadKey(HttpRequest request)
    {
        if (NonEmpty(request.Headers[HeaderName].FirstOrDefault()) is { } header) return header;

        var authorization = request.Headers.Authorization.FirstOrDefault()?.Trim() ?? "";
        int space = authorization.IndexOf(' ');
        if (space > 0 && authorization[..space] is var scheme
            && (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals(SchemeName, StringComparison.OrdinalIgnoreCase)))
            return NonEmpty(authorization[(space + 1)..]);

        return request.Path.StartsWithSegments(HubsPrefix) ? NonEmpty(request.Query[QueryName].FirstOrDefault()) : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private AuthenticateResult Success(string name, IEnumerable<string> roles)
    {
        Claim[] claims = [new(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
