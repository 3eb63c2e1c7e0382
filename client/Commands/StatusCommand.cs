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
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
