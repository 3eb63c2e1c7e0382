using System.Globalization;
using ActorCluster.Silo.Auth;
using ActorCluster.Silo.Hosting;

namespace ActorCluster.Silo.Board;

/// <summary>
/// GET /api/board/changes?v=3,0,17,… : the directory lines changed after the given per-partition versions. The board
/// polls it about once a second; alert transitions themselves arrive faster over the alert hub.
/// </summary>
public static class BoardEndpoints
{
    public const string ChangesPath = "/api/board/changes";

    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app, SiloSettings settings)
    {
        app.MapGet(ChangesPath, (string? v, IGrainFactory grains, ApiKeyRing ring) => ChangesAsync(v, grains, settings, ring))
            .RequireAuthorization(AuthPolicies.Read);
        return app;
    }

    private static async Task<IResult> ChangesAsync(string? v, IGrainFactory grains, SiloSettings settings, ApiKeyRing ring)
    {
        if (!TryParseVersions(v, out var after, out var error))
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        var pages = await Task.WhenAll(Enumerable.Range(0, AsinDirectory.Partitions)
            .Select(p => grains.GetGrain<IAsinDirectoryGrain>(p).GetChanges(after[p])));
        var lines = pages.SelectMany(p => p.Changed).Select(BoardLine.From).ToList();
        return Results.Ok(new BoardChanges([.. pages.Select(p => p.Version)], lines, pages.Sum(p => p.Total), settings.Profile, ring.IsOpen));
    }

    /// <summary>Empty means "everything"; otherwise exactly one non-negative version per partition.</summary>
    internal static bool TryParseVersions(string? text, out long[] versions, out string? error)
    {
        versions = new long[AsinDirectory.Partitions];
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split(',');
        if (parts.Length != AsinDirectory.Partitions)
        {
            error = $"v must list {AsinDirectory.Partitions} versions separated by commas (one per directory partition), got {parts.Length}";
            return false;
        }
        for (int i = 0; i < parts.Length; i++)
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out versions[i]))
            {
                error = $"v: version {i} ('{parts[i]}') is not a non-negative whole number";
                return false;
            }
        return true;
    }
}
