using System.Text.Json;
using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Mvc;

namespace ActorCluster.Silo.Api;

/// <summary>
/// What-if projections over HTTP: POST /api/asins/{asin}/whatif with a <see cref="WhatIfPlan"/> as the JSON body
/// (an empty body is the default plan: no change over 28 periods). Needs the read role: it changes nothing.
/// 400 lists every problem of the plan by field; 404 when the ASIN has no data; 409 when it has data but no
/// forecast model yet (too little history), with the reason.
/// </summary>
public static class WhatIfEndpoints
{
    /// <summary>Largest plan body accepted (16 KB).</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Maps <c>POST /api/asins/{asin}/whatif</c>.</summary>
    public static IEndpointRouteBuilder MapWhatIfApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/asins/{asin}/whatif", ProjectAsync)
            .RequireAuthorization(AuthPolicies.Read)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<IResult> ProjectAsync(string asin, HttpRequest request, IGrainFactory grains)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!, StatusCodes.Status400BadRequest);
        var (plan, unreadable) = await ReadPlanAsync(request);
        if (unreadable is not null) return unreadable;
        if (plan.Problems() is { Count: > 0 } problems)
            return Results.ValidationProblem(
                problems.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => new[] { p.Value }),
                detail: string.Join("; ", problems.Values));
        WhatIfView view;
        try { view = await grains.GetGrain<IAsinGrain>(id).GetWhatIf(plan); }
        catch (ArgumentException e) { return Problem(e.Message, StatusCodes.Status400BadRequest); }
        if (view.History == 0) return Problem($"no observations for ASIN {id}", StatusCodes.Status404NotFound);
        if (view.Model is null) return Problem($"ASIN {id} has no forecast model yet: {view.Note}", StatusCodes.Status409Conflict);
        return Results.Ok(view);
    }

    // Read by hand rather than bound, so a body that is not a plan gets a 400 that says what is wrong with it.
    private static async Task<(WhatIfPlan Plan, IResult? Error)> ReadPlanAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null)) return (new WhatIfPlan(), null);
        if (!request.HasJsonContentType())
            return (new WhatIfPlan(), Problem($"the body must be JSON (Content-Type application/json), was '{request.ContentType}'", StatusCodes.Status415UnsupportedMediaType));
        try
        {
            return (await request.ReadFromJsonAsync<WhatIfPlan>(request.HttpContext.RequestAborted) ?? new WhatIfPlan(), null);
        }
        catch (JsonException e)
        {
            return (new WhatIfPlan(), Problem($"the body is not a plan ({{\"priceChange\": -0.1, \"promotionDays\": 3, \"horizon\": 28}}): {e.Message}", StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException e) { return (new WhatIfPlan(), Problem(e.Message, e.StatusCode)); }
    }

    private static IResult Problem(string detail, int status) => Results.Problem(detail, statusCode: status);
}
