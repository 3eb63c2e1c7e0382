using System.CommandLine;
using ActorCluster.Client.Export;
using ActorCluster.Reports;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster report --since 7d --out report.html</c>: one self-contained HTML page with top movers, alerts by
/// tier and type, forecast accuracy, data quality and the ASINs in red. Arguments and the output path are checked
/// before the cluster is read.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Description = "Range: this far back from the newest period (7d, 24h, 2w) or from a date (2026-01-31)", DefaultValueFactory = _ => "7d" };
        var output = new Option<string>("--out") { Description = "HTML file to write", Required = true };
        var asins = new Option<string?>("--asins") { Description = "File with one ASIN per line (default: every ASIN in the directory)" };
        var top = new Option<int>("--top") { Description = "Rows per ranking (top movers, worst accuracy)", DefaultValueFactory = _ => 10 };
        var command = new Command("report", "Write an HTML report of the cluster's ASINs") { since, output, asins, top };
        command.SetAction((parse, ct) =>
        {
            if (!SinceArgument.TryParse(parse.GetValue(since), out var range, out var error))
                return Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput));
            int rows = parse.GetValue(top);
            if (rows is < 1 or > 1000) return Task.FromResult(ClusterCommand.Error($"--top must be 1..1000, was {rows}", ExitCodes.BadInput));
            string path;
            List<string>? list;
            try
            {
                list = parse.GetValue(asins) is { } file ? AsinList.ReadFile(file) : null;
                path = ReportFile.Check(parse.GetValue(output)!);
            }
            catch (ArgumentException e) { return Task.FromResult(ClusterCommand.Error(e.Message, ExitCodes.BadInput)); }
            return ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var data = await new ReportCollector(client).CollectAsync(range!, list, rows, ct);
                await ReportFile.WriteAsync(path, HtmlReport.Render(data), ct);
                if (data.Lines.Count == 0)
                    Console.WriteLine($"the cluster holds no ASINs with data: wrote an empty report to {path}");
                else
                    Console.WriteLine($"wrote {path}: {data.Lines.Count} ASINs, periods after {data.From:yyyy-MM-dd HH:mm} to {data.To:yyyy-MM-dd HH:mm}, " +
                                      $"{data.Lines.Count(l => l.Tier == "Red")} in red, {data.Lines.Sum(l => l.Alerts.Count)} alerts raised");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
