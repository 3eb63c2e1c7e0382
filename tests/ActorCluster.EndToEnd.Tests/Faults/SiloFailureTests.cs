using System.Diagnostics;
using ActorCluster.EndToEnd.Tests.Processes;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// Silo failure under a real backfill: three silo processes on PostgreSQL, the <c>actorcluster backfill</c> console
/// loading ASINs × 365 days, and one silo killed with SIGKILL part-way. The backfill must finish (the console retries what
/// failed on the dead silo) and every ASIN must end up exactly as a clean single-silo run of the same file leaves it:
/// nothing acknowledged lost, nothing counted twice.
/// </summary>
public sealed class SiloFailureTests(ITestOutputHelper output)
{
    /// <summary>
    /// ASINs in the file (365 days each): 1,000 as the issue asks (365,000 rows, backfilled twice: about 2 minutes in
    /// all on the busy 2-core machine); ACTORCLUSTER_FAULT_ASINS makes it smaller or larger.
    /// </summary>
    private static int Asins => int.TryParse(Environment.GetEnvironmentVariable("ACTORCLUSTER_FAULT_ASINS"), out var n) && n > 0 ? n : 1000;

    private const int Days = 365;

    /// <summary>About 20 s on a quiet machine; generous because CI machines are not always quiet.</summary>
    private static readonly TimeSpan BackfillTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_backfill_survives_kill_minus_9_of_one_of_three_silos_and_ends_as_a_clean_run()
    {
        var file = Path.Combine(RepoPaths.NewTempDir(), "feed.csv");
        var sample = await ClientProcess.RunAsync("sample", "--asins", Asins.ToString(), "--days", Days.ToString(), "--seed", "11", "--out", file);
        Assert.True(sample.ExitCode == 0, sample.ToString());
        var asins = Enumerable.Range(0, Asins).Select(i => $"B{i:D9}").ToList();

        Dictionary<string, AsinSnapshot> expected;
        await using (var clean = await FaultCluster.StartAsync("clean", 1))
        {
            var run = await ConsoleRun.RunAsync(BackfillTimeout, ["backfill", file, .. clean.ClientTarget]);
            Assert.True(run.ExitCode == 0, run.ToString());
            output.WriteLine($"clean single-silo run: {run.StdOut.Trim()}");
            using var http = clean.Http();
            expected = await AsinSnapshot.ReadAllAsync(http, asins);
        }
        Assert.All(expected.Values, s => Assert.Equal(Days, s.WindowCount));

        await using var cluster = await FaultCluster.StartAsync("kill", 3);
        var started = Stopwatch.GetTimestamp();
        var backfill = ConsoleRun.RunAsync(BackfillTimeout, ["backfill", file, .. cluster.ClientTarget]);

        // Part-way: once a third of the ASINs are durable (their grain-state rows exist), SIGKILL silo 2.
        var victim = cluster.Silos[1];
        while (await AsinSnapshot.StoredRowsAsync(cluster.Postgres, cluster.Id) < Asins / 3)
        {
            if (backfill.IsCompleted) Assert.Fail($"the backfill ended before the kill: {await backfill}");
            await Task.Delay(100);
        }
        var storedAtKill = await AsinSnapshot.StoredRowsAsync(cluster.Postgres, cluster.Id);
        await victim.KillAsync();
        output.WriteLine($"killed silo 2 after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s with {storedAtKill} grain rows stored");

        var result = await backfill;
        output.WriteLine($"backfill through the kill: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s, exit {result.ExitCode}: {result.StdOut.Trim()}");
        Assert.True(result.ExitCode == 0,
            $"the backfill did not complete after a silo was killed (this needs the console's automatic retry of transient cluster failures):\n{result}");

        using var survivor = cluster.Http(cluster.Silos[0]);
        var actual = await AsinSnapshot.ReadAllAsync(survivor, asins);
        var differing = asins.Where(a => !Equals(expected[a].Key, actual[a].Key)).ToList();
        output.WriteLine($"{asins.Count} ASINs compared, {differing.Count} differ; duplicates seen (retried calls whose answer was lost): {actual.Values.Sum(s => s.Duplicates)}");
        if (differing.Count > 0)
            Assert.Fail($"{differing.Count} of {asins.Count} ASINs differ from the clean run, e.g. {differing[0]}: expected {Describe(expected[differing[0]])}, got {Describe(actual[differing[0]])}");
    }

    private static string Describe(AsinSnapshot s) =>
        $"accepted {s.Accepted}, corrections {s.Corrections}, late {s.Late}, rejected {s.Rejected}, window {s.WindowCount} rows";
}
