using System.Text.Json;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// PostgreSQL stopped for 20 seconds under live HTTP ingest into two silos: ingest fails fast with a retryable 503 and
/// problem details (never a hang past the stated bound), the cluster comes back by itself once the database does, and
/// every observation acknowledged with a 2xx, before, during or after the outage, is in its grain afterwards.
/// The database is the test's own (deploy/pg-start.sh with a private folder and port): the other tests never see it stop.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    /// <summary>The stated bound for a failing call: Orleans' response timeout (30 s) plus slack for a loaded machine.</summary>
    public static readonly TimeSpan FailureBound = TimeSpan.FromSeconds(35);

    /// <summary>How long after the database is back every feeder must be acknowledged again.</summary>
    public static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Ingest_gets_retryable_503s_while_postgres_is_down_and_nothing_acknowledged_is_lost()
    {
        await using var pg = await DedicatedPostgres.StartAsync();
        await using var cluster = await FaultCluster.StartAsync("dbout", 2, pg.ConnectionString);
        var clients = cluster.Silos.Select(s => cluster.Http(s)).ToList();
        var feeder = new IngestFeeder([.. clients.Select(c => (Func<HttpClient>)(() => c))], workers: 4, asinsPerWorker: 5,
            firstDayAgo: 300, pause: TimeSpan.FromMilliseconds(200));
        using var stop = new CancellationTokenSource();
        var feeding = feeder.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var down = DateTime.UtcNow;
        await pg.StopAsync();
        await Task.Delay(Outage);
        await pg.StartAgainAsync();
        var back = DateTime.UtcNow;
        output.WriteLine($"PostgreSQL down {down:HH:mm:ss.fff} .. {back:HH:mm:ss.fff}");

        // Recovered: every worker has been acknowledged at least three times in a row after the database came back.
        var deadline = back + RecoveryBound;
        while (DateTime.UtcNow < deadline && !Recovered(feeder.Requests, back)) await Task.Delay(250);
        var recovered = Recovered(feeder.Requests, back);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await feeding;

        var requests = feeder.Requests;
        var failed = requests.Where(r => !IngestFeeder.IsSuccess(r)).ToList();
        var firstOk = requests.Where(r => IngestFeeder.IsSuccess(r) && r.StartedUtc >= back).GroupBy(r => r.Worker)
            .Select(g => (g.Min(r => r.StartedUtc + r.Took) - back).TotalSeconds).DefaultIfEmpty(double.NaN).Max();
        output.WriteLine($"{requests.Count} requests, {failed.Count} failed ({failed.Count(IngestFeeder.IsUnavailable)} with 503); " +
                         $"slowest failure {failed.Select(r => r.Took.TotalMilliseconds).DefaultIfEmpty(0).Max():0} ms, " +
                         $"slowest request {requests.Max(r => r.Took.TotalMilliseconds):0} ms; every worker acknowledged again {firstOk:0.0} s after the database was back");
        if (failed.Count > 0) output.WriteLine($"a failure: {failed[0].Status} {failed[0].ContentType} Retry-After {failed[0].RetryAfter}: {failed[0].Body}");

        Assert.True(failed.Count > 0, "no request failed while PostgreSQL was down: the outage was not exercised");
        Assert.All(failed, r =>
        {
            Assert.True(r.Status == 503, $"a failed ingest answered {r.Status}, not 503: {r.Body}");
            Assert.Equal("application/problem+json", r.ContentType);
            Assert.NotNull(r.RetryAfter);
            using var problem = JsonDocument.Parse(r.Body);
            Assert.True(problem.RootElement.GetProperty("retryable").GetBoolean());
        });
        // Grains that were active when the database went away fail their writes, and say so in our own exception
        // (which names the grain and the driver's error) rather than an Orleans codec error.
        Assert.Contains(failed, r => r.Body.Contains("state write failed (Npgsql.", StringComparison.Ordinal) && r.Body.Contains("asin/", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.True(r.Took <= FailureBound, $"a request took {r.Took.TotalSeconds:0.0} s (bound {FailureBound.TotalSeconds} s): {r.Status} {r.Body}"));
        Assert.True(recovered, $"ingest not acknowledged again within {RecoveryBound.TotalSeconds} s of PostgreSQL's return:\n{cluster.Logs()}");

        var acknowledged = feeder.Acknowledged;
        Assert.Equal(feeder.Asins.Count, acknowledged.Count);
        using var http = cluster.Http();
        long checkedDays = 0;
        foreach (var (asin, days) in acknowledged)
        {
            var window = JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}/window")).RootElement
                .EnumerateArray().Select(o => o.GetProperty("periodStart").GetDateTime().Date).ToHashSet();
            var lost = days.Where(d => !window.Contains(d)).Order().ToList();
            Assert.True(lost.Count == 0, $"{asin}: {lost.Count} acknowledged days missing, first {lost.FirstOrDefault():yyyy-MM-dd}");
            checkedDays += days.Count;
        }
        output.WriteLine($"{checkedDays} acknowledged observations over {acknowledged.Count} ASINs all found in their grains");
    }

    private static bool Recovered(IReadOnlyList<IngestFeeder.Request> requests, DateTime back) =>
        requests.Where(r => r.StartedUtc >= back).GroupBy(r => r.Worker).Count(g => g.OrderBy(r => r.StartedUtc).TakeLast(3).Count(IngestFeeder.IsSuccess) == 3) == 4;
}
