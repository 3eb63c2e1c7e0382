using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ActorCluster.Silo.Auth;

/// <summary>
/// Turns "authenticated but lacking a role" into a 403 problem-details body that names the role needed; the plain
/// forbid of the authentication handler cannot, because only the authorization middleware knows the policy.
/// Challenges (no or unknown key) go to the default handler, which asks the ApiKey scheme for its 401.
/// </summary>
internal sealed class RoleForbiddenResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden) return _default.HandleAsync(next, context, policy, authorizeResult);

        var user = context.User;
        var missing = policy.Requirements.OfType<RolesAuthorizationRequirement>()
            .FirstOrDefault(r => !r.AllowedRoles.Any(user.IsInRole))?.AllowedRoles.First();
        var has = string.Join(", ", user.FindAll(user.Identities.First().RoleClaimType).Select(c => c.Value));
        var detail = missing is null
            ? $"API key '{user.Identity?.Name}' is not allowed to do this"
            : $"API key '{user.Identity?.Name}' lacks the '{missing}' role this endpoint requires (it has: {(has.Length > 0 ? has : "none")})";
        return Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(context);
    }
}
