using System.CommandLine;
using ActorCluster.Analytics.Simulation;
using ActorCluster.Client.Sample;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster sample --asins 50 --days 400 --out FILE</c>: writes a deterministic demo file;
/// with <c>--simulate</c> the market simulator's series instead (the backfill benchmark's input), streamed.
/// </summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var asins = new Option<int>("--asins") { Description = "Number of ASINs", DefaultValueFactory = _ => 50 };
        var days = new Option<int>("--days") { Description = "Days of history per ASIN, ending today", DefaultValueFactory = _ => 400 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file)", DefaultValueFactory = _ => 1 };
        var end = new Option<DateTime?>("--end") { Description = "Last day (default: today, UTC)" };
        var simulate = new Option<bool>("--simulate") { Description = "Write the market simulator's series (categories, promotions, anomalies) instead of the simple demo" };
        var categories = new Option<int>("--categories") { Description = "Categories of the simulated market (with --simulate)", DefaultValueFactory = _ => 8 };
        var output = new Option<FileInfo>("--out") { Description = "Output CSV file", Required = true };
        var command = new Command("sample", "Write a demo observation file in the canonical CSV layout") { asins, days, seed, end, simulate, categories, output };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(asins), d = parse.GetValue(days), c = parse.GetValue(categories);
            if (n is < 1 or > 1_000_000) return ClusterCommand.Error($"--asins must be 1..1000000, was {n}", ExitCodes.BadInput);
            if (d is < 1 or > 20_000) return ClusterCommand.Error($"--days must be 1..20000, was {d}", ExitCodes.BadInput);
            if (c is < 1 or > 10_000) return ClusterCommand.Error($"--categories must be 1..10000, was {c}", ExitCodes.BadInput);
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            var last = (parse.GetValue(end) ?? DateTime.UtcNow).Date;
            long rows = (long)n * d;
            using (var w = new StreamWriter(file.FullName, append: false, SampleEncoding, 1 << 16))
            {
                if (parse.GetValue(simulate))
                    rows = SimulatedFeed.Write(w, Scenario(n, d, c, last, parse.GetValue(seed)));
                else
                    SampleFeed.Write(w, n, d, last, parse.GetValue(seed));
            }
            Console.WriteLine($"wrote {n} ASINs x {d} days ({rows} rows) to {file.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly System.Text.Encoding SampleEncoding = new System.Text.UTF8Encoding(false);

    /// <summary>The simulated market behind <c>sample --simulate</c> and the backfill benchmark.</summary>
    public static MarketScenario Scenario(int asins, int days, int categories, DateTime lastDay, int seed) => new()
    {
        Asins = asins, Days = days, Categories = Math.Min(categories, asins), Seed = seed,
        Start = DateTime.SpecifyKind(lastDay.Date.AddDays(-(days - 1)), DateTimeKind.Utc),
    };
}
