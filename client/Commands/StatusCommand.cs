using System.CommandLine;
using System.Text.Json;

namespace ActorCluster.Client.Commands;

/// <summary><c>actorcluster status ASIN [--json]</c>: counts, latest observation, window extent, recent rejections.</summary>
public static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var asin = new Argument<string>("asin") { Description = "The ASIN" };
        var json = new Option<bool>("--json") { Description = "Print the status as JSON" };
        var command = new Command("status", "Show what the cluster holds for one ASIN") { asin, json };
        command.SetAction((parse, ct) =>
        {
            if (!AsinId.TryNormalize(parse.GetValue(asin), out var id, out var error))
                return Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput));
            return ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var s = await client.GetGrain<IAsinGrain>(id).GetStatus();
                if (parse.GetValue(json)) { Console.WriteLine(JsonSerializer.Serialize(s, Json)); return ExitCodes.Ok; }
                var c = s.Counts;
                Console.WriteLine($"ASIN      {s.Asin}  ({s.Period.ToString().ToLowerInvariant()} periods, category {s.Category ?? "-"}, currency {s.Currency ?? "-"})");
                Console.WriteLine($"counts    accepted {c.Accepted}  duplicates {c.Duplicates}  corrections {c.Corrections}  rejected {c.Rejected}  (late {c.Late}, too old {c.TooOld}, future {c.Future}, invalid {c.InvalidField})");
                Console.WriteLine($"window    {s.WindowCount} periods  {s.WindowStart:yyyy-MM-dd} .. {s.WindowEnd:yyyy-MM-dd}");
                if (s.Latest is { } l)
                    Console.WriteLine($"latest    {l.PeriodStart:yyyy-MM-dd}  units {l.Units}  price {l.Price}  rank {l.SalesRank}  in stock {l.InStock}  promo {l.Promotion}");
                foreach (var r in s.RecentRejections.TakeLast(5))
                    Console.WriteLine($"rejected  {r.PeriodStart:yyyy-MM-dd}: {r.Reason}");
                PrintAnalytics(await client.GetGrain<IAsinGrain>(id).GetAnalytics());
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void PrintAnalytics(AsinAnalyticsView a)
    {
        var f = a.Forecast;
        Console.WriteLine($"features  lifecycle {a.Lifecycle}  mean7 {a.Features["UnitsMean7"]:0.#}  mean30 {a.Features["UnitsMean30"]:0.#}  RSI {a.Features["UnitsRsi"]:0}  volume ratio {a.Features["VolumeRatio"]:0.00}{(a.Events.Count > 0 ? "  events " + string.Join(",", a.Events) : "")}");
        if (f.Model is null) Console.WriteLine($"forecast  none: {f.Note}");
        else
        {
            int n = Math.Min(7, f.Mean.Length);
            Console.WriteLine($"forecast  {f.Model}{(f.Trusted ? "" : " (not trusted)")}: next {n} " +
                              string.Join(" ", Enumerable.Range(0, n).Select(i => $"{f.Mean[i]:0.#}[{f.Lower80[i]:0}-{f.Upper80[i]:0}]")));
            Console.WriteLine(f.AccuracyCount == 0
                ? "accuracy  no one-step forecast compared with an actual yet (the model was fitted at the end of the last call)"
                : $"accuracy  {f.AccuracyCount} one-step forecasts: MAE {f.Mae:0.##}  sMAPE {f.Smape:0.#}%  MASE {f.Mase:0.##}");
            if (f.Challenger is not null)
                Console.WriteLine(double.IsNaN(f.ChallengerWindowMae)
                    ? $"shadow    {f.Challenger} (no errors compared yet)"
                    : $"shadow    {f.Challenger}: window MAE {f.ChallengerWindowMae:0.##} vs champion {f.ChampionWindowMae:0.##}");
            foreach (var change in f.ModelChanges) Console.WriteLine($"changed   {change}");
            Console.WriteLine($"effects   promotion x{f.PromotionUplift:0.##}  price elasticity {f.PriceElasticity:0.##}  ({f.EffectsNote})");
        }
        foreach (var t in a.Thresholds)
            Console.WriteLine(t.Warm
                ? $"threshold {t.Metric,-9} trigger {t.Threshold:0.###} on the log-change, next level band {t.NextLowerLevel:0.##}..{t.NextUpperLevel:0.##}, recent weight {t.RecentWeight:P0}, {t.Regime}{(t.Above ? ", ABOVE" : "")}"
                : $"threshold {t.Metric,-9} warming up");
        Console.WriteLine($"drift     {(a.Drift.Checked ? $"KS D {a.Drift.Statistic:0.###} p {a.Drift.PValue:0.###}{(a.Drift.Drift ? " DRIFT" : "")}" : "not checked yet")}{(a.Drift.LastDrift is { } d ? $", last drift {d:yyyy-MM-dd}" : "")}");
    }
}
