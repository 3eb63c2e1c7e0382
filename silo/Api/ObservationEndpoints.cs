using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Mvc;

namespace ActorCluster.Silo.Api;

/// <summary>
/// HTTP ingest and reads: POST /api/observations (a JSON batch for any ASINs, one grain call per ASIN, acknowledged
/// when durable), GET /api/asins/{asin} (status and analytics), GET /api/asins/{asin}/window.
/// </summary>
public static class ObservationEndpoints
{
    /// <summary>Largest request body accepted (4 MB, about 20,000 observations).</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Largest number of items in one batch.</summary>
    public const int MaxItems = 10_000;

    public static IEndpointRouteBuilder MapObservationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/observations", IngestAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(AuthPolicies.Ingest);
        api.MapGet("/asins/{asin}", ReadAsync).RequireAuthorization(AuthPolicies.Read);
        api.MapGet("/asins/{asin}/window", WindowAsync).RequireAuthorization(AuthPolicies.Read);
        return app;
    }

    private static async Task<IResult> IngestAsync(ObservationBatch? batch, IGrainFactory grains)
    {
        if (batch?.Items is not { Count: > 0 } items) return Problem("the batch has no items: send {\"items\": [{\"asin\": …, \"period\": …}, …]}");
        if (items.Count > MaxItems) return Problem($"the batch has {items.Count} items; at most {MaxItems} are accepted per request");

        var results = new ItemResult?[items.Count];
        var byAsin = new Dictionary<string, List<int>>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null) { results[i] = new ItemResult(i, null, "Rejected", null, "item is null"); continue; }
            if (!AsinId.TryNormalize(item.Asin, out var asin, out var error)) { results[i] = new ItemResult(i, item.Asin, "Rejected", item.Period, error); continue; }
            if (item.Period is null) { results[i] = new ItemResult(i, asin, "Rejected", null, "period is missing"); continue; }
            if (!byAsin.TryGetValue(asin, out var list)) byAsin[asin] = list = [];
            list.Add(i);
        }
        Observability.ApiRejections.Record(results);
        await Task.WhenAll(byAsin.Select(async entry =>
        {
            var outcome = await grains.GetGrain<IAsinGrain>(entry.Key).IngestBatch([.. entry.Value.Select(i => items[i].ToObservation())]);
            for (int k = 0; k < outcome.Length; k++)
                results[entry.Value[k]] = new ItemResult(entry.Value[k], entry.Key, outcome[k].Status.ToString(), outcome[k].PeriodStart, outcome[k].Reason);
        }));
        var all = results.Select(r => r!).ToList();
        return Results.Ok(new BatchResult(Count(all, "Accepted"), Count(all, "Duplicate"), Count(all, "Corrected"), Count(all, "Rejected"), all));
    }

    private static async Task<IResult> ReadAsync(string asin, IGrainFactory grains)
    {
        if (!AsinId.TryNormalize(asin, out var id, out var error)) return Problem(error!);
        var grain = grains.GetGrain<IAsinGrain>(id);
        var status = await grain.GetStatus();
        if (status.WindowCount == 0 && status.Counts.Accepted == 0)
            return Results.Problem($"no observations for ASIN {id}", statusCode: StatusCodes.Status404NotFound);
        return Results.Ok(new { status, analytics = await grain.GetAnalytics() });
    }

    private static async Task<IResult> WindowAsync(string asin, IGrainFactory grains) =>
        AsinId.TryNormalize(asin, out var id, out var error)
            ? Results.Ok(await grains.GetGrain<IAsinGrain>(id).GetWindow())
            : Problem(error!);

    private static int Count(List<ItemResult> results, string status) => results.Count(r => r.Status == status);

    private static IResult Problem(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}
