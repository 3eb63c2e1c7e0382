using ActorCluster.Silo.Hosting;

namespace ActorCluster.Silo.Auth;

/// <summary>Role names carried by API keys; each is also the name of the authorization policy requiring it.</summary>
public static class AuthPolicies
{
    public const string Ingest = "ingest";
    public const string Read = "read";
    public const string Admin = "admin";
}

/// <summary>API-key authentication with roles (placeholder wiring: replaced by the full implementation).</summary>
public static class AuthExtensions
{
    public static WebApplicationBuilder AddActorClusterAuth(this WebApplicationBuilder builder, SiloSettings settings)
    {
        _ = settings;
        builder.Services.AddAuthorization(o =>
        {
            foreach (var role in (string[])[AuthPolicies.Ingest, AuthPolicies.Read, AuthPolicies.Admin])
                o.AddPolicy(role, p => p.RequireAssertion(_ => true));
        });
        return builder;
    }

    public static WebApplication UseActorClusterAuth(this WebApplication app)
    {
        app.UseAuthorization();
        return app;
    }
}
