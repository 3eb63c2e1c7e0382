using System.Security.Claims;
using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Mvc;

namespace ActorCluster.Silo.Api;

/// <summary>
/// Alerts over HTTP: read an ASIN's alerts, acknowledge, snooze (ASIN, tier or category), set or clear the per-ASIN
/// rule override. Reads need the read role; commands the admin role. Errors are problem-details 4xx.
/// </summary>
public static class AlertEndpoints
{
    /// <summary>Largest command body accepted (64 KB).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/asins/{asin}/alerts", ReadAsync).RequireAuthorization(AuthPolicies.Read);
        var admin = api.MapGroup("").RequireAuthorization(AuthPolicies.Admin).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        admin.MapPost("/asins/{asin}/alerts/{alertId}/ack", AcknowledgeAsync);
        admin.MapPost("/asins/{asin}/snooze", SnoozeAsync);
        admin.MapPost("/categories/{category}/snooze", SnoozeCategoryAsync);
        admin.MapPut("/asins/{asin}/alert-rules", SetRulesAsync);
        admin.MapDelete("/asins/{asin}/alert-rules", ClearRulesAsync);
        return app;
    }

    private static async Task<IResult> ReadAsync(string asin, IGrainFactory grains, long? after, int? max)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!);
        if (after is < 0) return Problem($"after must not be negative, was {after}");
        if (max is < 1 or > 10_000) return Problem($"max must be 1..10000, was {max}");
        return Results.Ok(await grains.GetGrain<IAsinGrain>(id).GetAlerts(after ?? 0, max ?? 200));
    }

    private static async Task<IResult> AcknowledgeAsync(string asin, string alertId, AcknowledgeBody? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!);
        return await Guard(async () =>
        {
            var entry = await grains.GetGrain<IAsinGrain>(id).Acknowledge(alertId, Who(body?.By, user), body?.Note);
            return entry is null
                ? Results.Problem($"ASIN {id} has no open alert with id '{alertId}' (unknown, or already resolved)", statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(entry);
        });
    }

    private static async Task<IResult> SnoozeAsync(string asin, SnoozeRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!);
        if (body is null) return Problem("the body must be a snooze: {\"scope\": \"Asin\"|\"Tier\", \"until\": …, \"tier\": …, \"note\": …}");
        body.By = Who(body.By, user);
        return await Guard(async () => Results.Ok(await grains.GetGrain<IAsinGrain>(id).Snooze(body)));
    }

    private static async Task<IResult> SnoozeCategoryAsync(string category, SnoozeRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(category) || category.Length > 200) return Problem("category is empty or longer than 200 characters");
        if (body is null) return Problem("the body must be a snooze: {\"until\": …, \"note\": …}");
        body.By = Who(body.By, user);
        return await Guard(async () => Results.Ok(await grains.GetGrain<ICategoryGrain>(category.Trim()).Snooze(body)));
    }

    private static async Task<IResult> SetRulesAsync(string asin, AlertOverride? body, IGrainFactory grains)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!);
        if (body is null) return Problem("the body must be the rule override (JSON object; null fields keep the defaults)");
        return await Guard(async () => Results.Ok(await grains.GetGrain<IAsinGrain>(id).SetAlertOverride(body)));
    }

    private static async Task<IResult> ClearRulesAsync(string asin, IGrainFactory grains) =>
        AsinId.TryNormalize(asin, out var id, out var error)
            ? Results.Ok(await grains.GetGrain<IAsinGrain>(id).SetAlertOverride(null))
            : Problem(error!);

    private static string Who(string? by, ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "anonymous";
        return string.IsNullOrWhiteSpace(by) || by.Trim() == name ? name : $"{by.Trim()} (key {name})";
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (ArgumentException e) { return Problem(e.Message); }
    }

    private static IResult Problem(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>Body of an acknowledge: an optional note and who (defaults to the API key's name).</summary>
public sealed record AcknowledgeBody(string? Note, string? By);
