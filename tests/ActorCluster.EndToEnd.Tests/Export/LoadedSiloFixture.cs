using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Export;

/// <summary>
/// One real silo loaded through the real console's backfill: three ASINs with 97 days of steady history ending four
/// days ago, one with a two-day gap, one whose category needs escaping, and one that surges over the last two days
/// (a second backfill, so its model was fitted first) and goes red.
/// </summary>
public sealed class LoadedSiloFixture : IAsyncLifetime
{
    public const string Red = "R000000001", Plain = "P000000002", Gappy = "G000000003";
    public const string OddCategory = "Kids & <Toys> \"quoted\"";
    private static readonly string[] Header = ["asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo"];

    public string Dir { get; } = RepoPaths.NewTempDir();
    public SiloProcess Silo { get; private set; } = null!;
    public string Gateway => Silo.GatewayPort.ToString(CultureInfo.InvariantCulture);
    public static string[] Asins => [Red, Plain, Gappy];

    /// <summary>Every period written, by ASIN (all of them are stored: the window holds 400).</summary>
    public Dictionary<string, List<DateTime>> Periods { get; } = [];

    public static DateTime Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo);

    public async Task InitializeAsync()
    {
        // Fire on the first qualifying period and call red above 0.8, so the surge is red whatever its exact probability;
        // the scheduled report runs every 3 s and keeps 5 (Reports/ScheduledReportTests).
        Silo = await SiloProcess.StartAsync(Dir, extraArgs: ["--Alerts:Rules:FireAfter", "1", "--Alerts:Rules:RedProbability", "0.8",
            "--Reports:Enabled", "true", "--Reports:RunAtStart", "true", "--Reports:Interval", "00:00:03", "--Reports:Keep", "5"]);
        var history = new List<string>(Header);
        var rng = new Random(7);
        foreach (var asin in Asins)
            for (int ago = 100; ago >= 4; ago--)
            {
                if (asin == Gappy && ago is 6 or 5) continue;
                var category = asin == Plain ? "\"" + OddCategory.Replace("\"", "\"\"") + "\"" : "Kitchen";
                history.Add(Row(asin, ago, 20 + rng.Next(-2, 3), 10.0, 1000 + rng.Next(-30, 31), category));
            }
        var spikes = new List<string>(Header) { Row(Red, 3, 140, 7.5, 250, "Kitchen"), Row(Red, 2, 420, 5, 200, "Kitchen") };
        await BackfillAsync("history.csv", history);
        await BackfillAsync("spikes.csv", spikes);
    }

    private string Row(string asin, int ago, double units, double price, long rank, string category)
    {
        if (!Periods.TryGetValue(asin, out var list)) Periods[asin] = list = [];
        list.Add(Day(ago));
        return string.Create(CultureInfo.InvariantCulture, $"{asin},{Day(ago):yyyy-MM-dd},{units},{price},USD,{rank},{category},10,4.5,true,false");
    }

    private async Task BackfillAsync(string name, List<string> lines)
    {
        var path = Path.Combine(Dir, name);
        await File.WriteAllLinesAsync(path, lines, new UTF8Encoding(false));
        var r = await ClientProcess.RunAsync("backfill", path, "--gateway-port", Gateway);
        if (r.ExitCode != 0 || !r.StdOut.Contains("rejected 0")) throw new InvalidOperationException("backfill failed: " + r);
    }

    /// <summary>The grain's status and analytics view as the silo's HTTP API serves them.</summary>
    public async Task<JsonElement> ViewAsync(string asin)
    {
        using var http = SiloApi.Http(Silo);
        var json = await http.GetStringAsync($"api/asins/{asin}");
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public async Task<JsonElement> AlertsAsync(string asin)
    {
        using var http = SiloApi.Http(Silo);
        return JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}/alerts")).RootElement.Clone();
    }

    public Task<ClientProcess.Result> RunAsync(params string[] args) => ClientProcess.RunAsync([.. args, "--gateway-port", Gateway]);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LoadedSiloCollection : ICollectionFixture<LoadedSiloFixture>
{
    public const string Name = "loaded silo (export and reports)";
}
