using System.Diagnostics;
using ActorCluster.Client.Backfill;
using ActorCluster.Client.Backfill.Checkpoints;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>
/// A backfill killed with SIGKILL and started again ends in the same grain state as one that ran through:
/// same counts (no duplicates beyond the uninterrupted run's), same window, same latest values.
/// </summary>
[Collection(BackfillCluster.Name)]
public sealed class ResumeTests(SiloFixture fixture)
{
    private const int Asins = 150, Days = 40;
    private static readonly string[] Options = ["--batch-size", "7", "--parallelism", "2", "--max-buffered-rows", "1000"];

    /// <summary>The same scattered rows under a different ASIN prefix, so two runs land on disjoint grains.</summary>
    private string WriteFile(string name, char prefix)
    {
        var rng = new Random(11);
        var lines = new List<string>();
        for (int a = 0; a < Asins; a++)
            for (int d = 0; d < Days; d++)
                lines.Add($"{prefix}{a:D9},{new DateTime(2025, 1, 1).AddDays(d):yyyy-MM-dd},{rng.Next(0, 90)},{rng.Next(500, 2000) / 100.0},USD,{rng.Next(1, 90000)},Toys,{d},4.{a % 10},true,{(d % 9 == 0 ? "true" : "false")}");
        lines.Add($"{prefix}000000001,2025-01-05,-4,1,USD,1,Toys,1,4,true,false");   // refused by the grain: negative units
        var shuffled = lines.OrderBy(_ => rng.Next()).Prepend("asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo");
        var path = Path.Combine(fixture.Dir, name);
        File.WriteAllLines(path, shuffled);
        return path;
    }

    [Fact]
    public async Task A_backfill_killed_mid_way_and_restarted_ends_in_the_state_of_an_uninterrupted_one()
    {
        var straight = await BackfillCluster.Backfill(fixture, WriteFile("straight.csv", 'U'), [.. Options, "--checkpoint", Path.Combine(fixture.Dir, "u.checkpoint")]);
        Assert.True(straight.ExitCode == 0, straight.ToString());

        var file = WriteFile("resumed.csv", 'R');
        var checkpoint = Path.Combine(fixture.Dir, "r.checkpoint");
        string[] args = ["backfill", file, "--gateway-port", fixture.Gateway, "--checkpoint", checkpoint, .. Options];
        using (var client = StartClient(args))
        {
            // Wait until part of the file is acknowledged, then SIGKILL: nothing graceful happens.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CountBatches(checkpoint) < 60)
            {
                Assert.False(client.HasExited, "the backfill finished before it could be killed");
                Assert.True(DateTime.UtcNow < deadline, "no progress recorded in the checkpoint");
                await Task.Delay(20);
            }
            client.Kill(entireProcessTree: true);
            await client.WaitForExitAsync();
        }
        int done = CountBatches(checkpoint);
        Assert.InRange(done, 60, Asins * 6 - 1);   // 6 batches of at most 7 rows per ASIN

        var resumed = await ClientProcess.RunAsync(args);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("resuming from", resumed.StdErr);
        Assert.False(File.Exists(checkpoint), "a completed backfill leaves no checkpoint");
        // The summary covers the whole file, earlier run included; a batch whose answer the kill lost counts as recovered.
        long recovered = Count(resumed.StdOut, "recovered");
        Assert.Equal(Asins * Days, Count(resumed.StdOut, "accepted") + recovered);
        if (recovered == 0) Assert.Contains("units -4 must not be negative", resumed.StdErr);

        var ids = Enumerable.Range(0, Asins).Select(a => $"{a:D9}").ToList();
        var u = await BackfillCluster.StatusAsync(fixture, ids.Select(i => "U" + i));
        var r = await BackfillCluster.StatusAsync(fixture, ids.Select(i => "R" + i));
        foreach (var id in ids)
        {
            var (a, b) = (u["U" + id], r["R" + id]);
            Assert.Equal(Days, b.Counts.Accepted);
            Assert.Equal(a.Counts, b.Counts);
            Assert.Equal((a.WindowCount, a.WindowStart, a.WindowEnd, a.Category, a.Currency), (b.WindowCount, b.WindowStart, b.WindowEnd, b.Category, b.Currency));
            Assert.Equal(a.Latest, b.Latest);
        }
        Assert.Equal(0, r.Values.Sum(s => s.Counts.Duplicates));
    }

    [Fact]
    public async Task A_batch_sent_whose_answer_was_lost_is_found_applied_and_not_sent_again()
    {
        var file = Path.Combine(fixture.Dir, "lost.csv");
        File.WriteAllLines(file, ["asin,period,units", .. Enumerable.Range(0, 10).Select(d => $"L000000001,2025-03-{d + 1:D2},{d}")]);
        Assert.Equal(0, (await BackfillCluster.Backfill(fixture, file)).ExitCode);

        // As if the client died after sending the only batch but before recording the answer.
        var checkpoint = Path.Combine(fixture.Dir, "lost.checkpoint");
        File.WriteAllLines(checkpoint, ["actorcluster-backfill-checkpoint v1", FileFingerprint.Of(new FileInfo(file), null).Serialize(),
            $"I\tL000000001\t0\t10\t{new DateTime(2025, 3, 10, 0, 0, 0, DateTimeKind.Utc).Ticks}"]);
        var again = await BackfillCluster.Backfill(fixture, file, "--checkpoint", checkpoint);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("recovered 10", again.StdOut);
        var s = (await BackfillCluster.StatusAsync(fixture, ["L000000001"]))["L000000001"];
        Assert.Equal((10L, 0L), (s.Counts.Accepted, s.Counts.Duplicates));
    }

    private static long Count(string summary, string word)
    {
        var m = System.Text.RegularExpressions.Regex.Match(summary, word + @" (\d+)");
        return m.Success ? long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static int CountBatches(string checkpoint)
    {
        if (!File.Exists(checkpoint)) return 0;
        using var stream = new FileStream(checkpoint, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        int n = 0;
        while (reader.ReadLine() is { } line) if (line.StartsWith("B\t", StringComparison.Ordinal)) n++;
        return n;
    }

    private static Process StartClient(string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(RepoPaths.ClientDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
