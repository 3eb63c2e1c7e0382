using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Authentication;

namespace ActorCluster.Silo.Board;

/// <summary>
/// Outside the open local profile, the board's pages and the Orleans dashboard need a signed-in reader: a browser
/// without the board cookie (or an API key header) is sent to the login page, one without the read role gets 403.
/// The JSON API and the hub are guarded by their authorization policies instead.
/// </summary>
internal sealed class BoardGate(RequestDelegate next, ApiKeyRing ring)
{
    private static readonly PathString Dashboard = new("/dashboard");

    public async Task InvokeAsync(HttpContext context)
    {
        if (ring.IsOpen || !IsGuarded(context.Request.Path))
        {
            await next(context);
            return;
        }
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true
            && await context.AuthenticateAsync(BoardLogin.CookieScheme) is { Succeeded: true } cookie)
        {
            user = cookie.Principal;
            context.User = user;
        }
        if (user.Identity?.IsAuthenticated != true)
        {
            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{BoardLogin.LoginPath}?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }
        if (!user.IsInRole(AuthPolicies.Read))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"'{user.Identity.Name}' lacks the 'read' role the board and the dashboard need.");
            return;
        }
        await next(context);
    }

    private static bool IsGuarded(PathString path) =>
        path.StartsWithSegments(Dashboard) || BoardExtensions.IsPagePath(path);
}
