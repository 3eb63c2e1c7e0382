using ActorCluster.Silo.Auth;
using ActorCluster.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace ActorCluster.Silo.Board;

/// <summary>The live board: the page routes, its assets, its poll endpoint, the login and the gate before the dashboard.</summary>
public static class BoardExtensions
{
    /// <summary>The page routes, all served by the same shell (the script draws the view for the path).</summary>
    private static readonly string[] Pages = ["/", "/asin/{asin}", "/feed"];

    /// <summary>Adds the board's cookie scheme next to the ApiKey scheme (call after <c>AddActorClusterAuth</c>).</summary>
    public static IServiceCollection AddBoard(this IServiceCollection services)
    {
        BoardLogin.AddCookie(new AuthenticationBuilder(services));
        return services;
    }

    /// <summary>Maps the board (call after <c>UseActorClusterAuth</c>: the gate needs the authenticated user).</summary>
    public static WebApplication MapBoard(this WebApplication app, SiloSettings settings)
    {
        app.UseMiddleware<BoardGate>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = BoardAssets.Files,
            RequestPath = BoardAssets.RequestPath,
            // Revalidated on every load (ETag): a new silo build is picked up at once.
            OnPrepareResponse = c => c.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
        foreach (var page in Pages)
            app.MapGet(page, (ApiKeyRing ring) => Results.Content(BoardAssets.ShellFor(ring.IsOpen), "text/html; charset=utf-8"));
        app.MapLogin();
        app.MapBoardApi(settings);
        return app;
    }

    internal static bool IsPagePath(PathString path) =>
        path == "/" || path.StartsWithSegments("/asin") || path.StartsWithSegments("/feed");
}
