using System.Net;
using System.Security.Claims;
using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ActorCluster.Silo.Board;

/// <summary>
/// Signing in to the board with an API key: the login page checks the key once and sets an HTTP-only cookie that
/// carries the key's name and roles (never the key). The cookie scheme sits next to the ApiKey scheme in the
/// authorization policies, so the page's API calls and its hub connection get the same roles.
/// </summary>
public static class BoardLogin
{
    public const string CookieScheme = "BoardCookie";
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    private const string CookieName = "actorcluster.board";

    /// <summary>How long a sign-in lasts (sliding).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Whether the request carries the board's sign-in cookie (not yet validated).</summary>
    internal static bool HasCookie(HttpRequest request) => request.Cookies.ContainsKey(CookieName);

    internal static void AddCookie(AuthenticationBuilder auth) => auth.AddCookie(CookieScheme, o =>
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = Lifetime;
        o.SlidingExpiration = true;
        o.LoginPath = LoginPath;
        // The API and the hub answer with the ApiKey scheme's 401/403 problem bodies; pages are sent to the login by
        // BoardGate. So the cookie scheme never redirects on its own.
        o.Events.OnRedirectToLogin = _ => Task.CompletedTask;
        o.Events.OnRedirectToAccessDenied = _ => Task.CompletedTask;
        // A key removed from the configuration ends its sign-ins at the next request.
        o.Events.OnValidatePrincipal = context =>
        {
            var ring = context.HttpContext.RequestServices.GetRequiredService<ApiKeyRing>();
            var name = context.Principal?.Identity?.Name;
            if (!ring.IsOpen && !ring.Keys.Any(k => k.Name == name)) context.RejectPrincipal();
            return Task.CompletedTask;
        };
    });

    internal static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (string? returnUrl) => Page(returnUrl, null, StatusCodes.Status200OK));
        app.MapPost(LoginPath, SignInAsync).DisableAntiforgery();
        app.MapPost(LogoutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieScheme);
            return Results.Redirect(LoginPath);
        }).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, ApiKeyRing ring)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var presented = form["key"].ToString().Trim();
        if (ring.IsOpen) return Results.Redirect(SafeReturn(returnUrl));
        if (presented.Length == 0) return Page(returnUrl, "Enter an API key.", StatusCodes.Status400BadRequest);
        if (ring.Find(presented) is not { } key) return Page(returnUrl, "That key matches none of the configured API keys.", StatusCodes.Status401Unauthorized);
        if (!key.GrantedRoles.Contains(AuthPolicies.Read))
            return Page(returnUrl, $"API key '{key.Name}' lacks the 'read' role the board needs.", StatusCodes.Status403Forbidden);

        Claim[] claims = [new(ClaimTypes.Name, key.Name), .. key.GrantedRoles.Select(r => new Claim(ClaimTypes.Role, r))];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme, ClaimTypes.Name, ClaimTypes.Role));
        await context.SignInAsync(CookieScheme, principal);
        return Results.Redirect(SafeReturn(returnUrl));
    }

    /// <summary>Only a local path: a login must not send the browser to another site.</summary>
    internal static string SafeReturn(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith("/\\", StringComparison.Ordinal) ? u : "/";

    private static IResult Page(string? returnUrl, string? error, int status)
    {
        var message = error is null ? "" : $"""<p class="error" role="alert">{WebUtility.HtmlEncode(error)}</p>""";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · ActorCluster</title><link rel="icon" href="data:,"><link rel="stylesheet" href="{BoardAssets.RequestPath}/board.css"></head>
            <body class="login"><main class="login-box"><h1>ActorCluster</h1>
            <p>The board and the Orleans dashboard need an API key with the <b>read</b> role.</p>{message}
            <form method="post" action="{LoginPath}">
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(SafeReturn(returnUrl))}">
            <label for="key">API key</label><input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
            <button type="submit">Sign in</button></form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
