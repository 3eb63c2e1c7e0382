using System.CommandLine;
using ActorCluster.Client.Sample;

namespace ActorCluster.Client.Commands;

/// <summary><c>actorcluster sample --asins 50 --days 400 --out FILE</c>: writes a deterministic demo file.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var asins = new Option<int>("--asins") { Description = "Number of ASINs", DefaultValueFactory = _ => 50 };
        var days = new Option<int>("--days") { Description = "Days of history per ASIN, ending today", DefaultValueFactory = _ => 400 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file)", DefaultValueFactory = _ => 1 };
        var end = new Option<DateTime?>("--end") { Description = "Last day (default: today, UTC)" };
        var output = new Option<FileInfo>("--out") { Description = "Output CSV file", Required = true };
        var command = new Command("sample", "Write a demo observation file in the canonical CSV layout") { asins, days, seed, end, output };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(asins), d = parse.GetValue(days);
            if (n is < 1 or > 1_000_000) return ClusterCommand.Error($"--asins must be 1..1000000, was {n}", ExitCodes.BadInput);
            if (d is < 1 or > 20_000) return ClusterCommand.Error($"--days must be 1..20000, was {d}", ExitCodes.BadInput);
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            using (var w = new StreamWriter(file.FullName))
                SampleFeed.Write(w, n, d, (parse.GetValue(end) ?? DateTime.UtcNow).Date, parse.GetValue(seed));
            Console.WriteLine($"wrote {n} ASINs x {d} days to {file.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
