using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ActorCluster.AlertClient;
using ActorCluster.Client.Http;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster whatif ASIN [--price -10%] [--promo 3] [--horizon 28] [--paths N] [--seed S] [--json]</c>: a Monte Carlo
/// projection of units and revenue under a price change and promotion days, against no change (HTTP API).
/// </summary>
public static class WhatIfCommand
{
    private static readonly JsonSerializerOptions Indented = new(AlertApiClient.Json) { WriteIndented = true };

    /// <summary>The <c>whatif</c> command with its options, including <c>--url</c> and <c>--api-key</c>.</summary>
    public static Command Create()
    {
        var endpoint = new AlertEndpointOptions();
        var asin = new Argument<string>("asin") { Description = "The ASIN" };
        var price = new Option<string?>("--price") { Description = "Price change for the whole horizon: -10% or -0.1 for a 10% cut, +5% for a rise (default: none)" };
        var promo = new Option<int>("--promo") { Description = "Run a promotion on the first N periods (default 0)" };
        var promoSteps = new Option<int[]>("--promo-steps") { Description = "Also promote these steps (1 = next period), e.g. --promo-steps 7 14", AllowMultipleArgumentsPerToken = true };
        var horizon = new Option<int>("--horizon") { Description = $"Periods to project, 1..{WhatIfPlan.MaxHorizon}", DefaultValueFactory = _ => 28 };
        var paths = new Option<int>("--paths") { Description = $"Monte Carlo paths, {WhatIfPlan.MinPaths}..{WhatIfPlan.MaxPaths}", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and history give the same projection", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON" };
        var command = new Command("whatif", "Project units and revenue under a price change and promotion days, P10/P50/P90 against no change (HTTP API)")
        {
            asin, price, promo, promoSteps, horizon, paths, seed, json, endpoint.Url, endpoint.ApiKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (AlertApiCommand.CheckAsin(parse.GetValue(asin), out var id) is { } error) return ClusterCommand.Error(error, ExitCodes.BadInput);
            if (ParsePriceChange(parse.GetValue(price), out var change) is { } bad) return ClusterCommand.Error(bad, ExitCodes.BadInput);
            var plan = new WhatIfPlan
            {
                PriceChange = change, PromotionDays = parse.GetValue(promo), PromotionSteps = parse.GetValue(promoSteps) ?? [],
                Horizon = parse.GetValue(horizon), Paths = parse.GetValue(paths), Seed = parse.GetValue(seed),
            };
            if (plan.Problems() is { Count: > 0 } problems) return ClusterCommand.Error(string.Join("; ", problems.Values), ExitCodes.BadInput);
            AlertEndpoint target;
            try { target = endpoint.Read(parse); }
            catch (ArgumentException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
            try
            {
                var view = await PostAsync(target, id, plan, ct);
                if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(view, Indented));
                else Print(view);
                return ExitCodes.Ok;
            }
            catch (AlertApiException e) { return ClusterCommand.Error(e.Message, e.IsBadRequest ? ExitCodes.BadInput : ExitCodes.Failure); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
            catch (TaskCanceledException) { return ClusterCommand.Error("the silo did not answer in time", ExitCodes.Failure); }
        });
        return command;
    }

    /// <summary>"-10%", "+5%", "-0.1" or "0" into a fraction; the error to print, or null.</summary>
    public static string? ParsePriceChange(string? text, out double change)
    {
        change = 0;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        bool percent = s.EndsWith('%');
        if (!double.TryParse(percent ? s[..^1] : s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            return $"--price '{text}' is not a change such as -10% or -0.1";
        change = percent ? v / 100 : v;
        if (!percent && Math.Abs(v) >= 1 && (change < WhatIfPlan.MinPriceChange || change > WhatIfPlan.MaxPriceChange))
            return $"--price {text} is read as a fraction ({v:0.##} = {v * 100:0.#}%); write {v}% for a {Math.Abs(v)}% change";
        return null;
    }

    // The alert API client speaks to the same silos; this one call is all a what-if needs, with the same fail-over:
    // a silo that cannot be reached is skipped, an error answer is not retried.
    private static async Task<WhatIfView> PostAsync(AlertEndpoint target, string asin, WhatIfPlan plan, CancellationToken ct)
    {
        var path = $"/api/asins/{Uri.EscapeDataString(asin)}/whatif";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var unreachable = new List<string>();
        foreach (var url in target.Urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url.AbsoluteUri.TrimEnd('/') + path))
            {
                Content = JsonContent.Create(plan, options: AlertApiClient.Json),
            };
            if (target.ApiKey is { } key) request.Headers.Add(AlertApiClient.ApiKeyHeader, key);
            HttpResponseMessage response;
            try { response = await http.SendAsync(request, ct); }
            catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            {
                unreachable.Add($"{url}: {e.GetBaseException().Message}");
                continue;
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var detail = Detail(await response.Content.ReadAsStringAsync(ct));
                    throw new AlertApiException($"POST {path}: {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "" : ": " + detail)}",
                        response.StatusCode, detail);
                }
                return await response.Content.ReadFromJsonAsync<WhatIfView>(AlertApiClient.Json, ct)
                       ?? throw new AlertApiException($"POST {path}: the silo answered with an empty body", response.StatusCode);
            }
        }
        throw new AlertApiException($"POST {path}: no silo could be reached ({string.Join("; ", unreachable)})");
    }

    // The problem details' "detail" (or "title"), else the start of whatever came back.
    private static string? Detail(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            foreach (var name in (string[])["detail", "title"])
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s)
                    return s;
        }
        catch (JsonException) { }
        return string.IsNullOrWhiteSpace(text) ? null : text.Length > 300 ? text[..300] + "…" : text;
    }

    private static void Print(WhatIfView v)
    {
        AlertFormat.NoWrapWhenRedirected();
        var plan = v.Plan;
        var promoted = v.Periods.Where(p => p.Promotion).Select(p => p.Step).ToArray();
        AnsiConsole.MarkupLine($"[bold]{Esc(v.Asin)}[/]  model {Esc(v.Model ?? "-")}{(v.Trusted ? "" : " [yellow](not trusted: indicative only)[/]")}  " +
                               $"{plan.Horizon} periods from {v.Periods.FirstOrDefault()?.Period:yyyy-MM-dd}  {plan.Paths} paths, seed {plan.Seed}");
        AnsiConsole.MarkupLine($"plan      price {Money(v.ReferencePrice)} → {Money(v.PlannedPrice)} ({plan.PriceChange * 100:+0.#;-0.#;0}%)  " +
                               $"promotion {(promoted.Length == 0 ? "none" : "on steps " + Esc(Steps(promoted)))}");
        var table = new Table().Border(TableBorder.Minimal)
            .AddColumns("period", "step", "promo", "price", "units P10", "P50", "P90", "revenue P10", "P50", "P90", "no-change P50");
        foreach (var p in v.Periods)
            table.AddRow($"{p.Period:yyyy-MM-dd}", N(p.Step), p.Promotion ? "[green]yes[/]" : "", Money(p.Price),
                Units(p.UnitsP10), $"[bold]{Units(p.UnitsP50)}[/]", Units(p.UnitsP90),
                Money(p.RevenueP10), $"[bold]{Money(p.RevenueP50)}[/]", Money(p.RevenueP90), Units(p.BaselineUnitsP50));
        AnsiConsole.Write(table);
        var totals = new Table().Border(TableBorder.Minimal).Title("totals over the horizon")
            .AddColumns("", "units P10", "P50", "P90", "revenue P10", "P50", "P90");
        foreach (var (name, t) in (ReadOnlySpan<(string, WhatIfTotals)>)[("plan", v.Totals), ("no change", v.Baseline), ("change (per path)", v.Change)])
            totals.AddRow(name, Units(t.UnitsP10), $"[bold]{Units(t.UnitsP50)}[/]", Units(t.UnitsP90),
                Money(t.RevenueP10), $"[bold]{Money(t.RevenueP50)}[/]", Money(t.RevenueP90));
        AnsiConsole.Write(totals);
        AnsiConsole.MarkupLine($"elasticity {N(v.Elasticity.Value)}{Spread(v.Elasticity)} {Source(v.Elasticity)}: {Esc(v.Elasticity.Note)}");
        AnsiConsole.MarkupLine($"uplift     ×{N(v.Uplift.Value)}{Spread(v.Uplift, "log ")} {Source(v.Uplift)}: {Esc(v.Uplift.Note)}");
        AnsiConsole.MarkupLine($"[grey]forecast  {Esc(v.Note)}[/]");
    }

    private static string Source(WhatIfEffect e) => e.Estimated ? "[green](estimated)[/]" : "[yellow](assumed)[/]";

    private static string Spread(WhatIfEffect e, string scale = "") => e.Spread > 0 ? $" ± {N(e.Spread)} {scale}s.e." : "";

    // 1, 2, 3, 7 → "1-3, 7"
    private static string Steps(int[] steps)
    {
        var parts = new List<string>();
        for (int i = 0; i < steps.Length;)
        {
            int j = i;
            while (j + 1 < steps.Length && steps[j + 1] == steps[j] + 1) j++;
            parts.Add(j > i ? $"{steps[i]}-{steps[j]}" : N(steps[i]));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    private static string Units(double v) => double.IsFinite(v) ? v.ToString("0.#", CultureInfo.InvariantCulture) : "-";

    private static string Money(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Esc(string s) => Markup.Escape(s);
}
