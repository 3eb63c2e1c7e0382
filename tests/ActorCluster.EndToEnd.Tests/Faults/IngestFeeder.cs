using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// Live ingest over HTTP as a feed would send it: each worker owns a few ASINs and posts one new day for each of them
/// per request, moving on only when the request was acknowledged (2xx) and sending the same days again otherwise.
/// Records every request's outcome and every acknowledged (ASIN, day), the ground truth for "nothing acknowledged lost".
/// </summary>
public sealed class IngestFeeder(IReadOnlyList<Func<HttpClient>> silos, int workers, int asinsPerWorker, int firstDayAgo, TimeSpan pause)
{
    public sealed record Request(int Worker, DateTime StartedUtc, TimeSpan Took, int Status, string? ContentType, string? RetryAfter, string Body);

    private readonly List<Request> _requests = [];
    private readonly Dictionary<string, HashSet<DateTime>> _acknowledged = [];

    public IReadOnlyList<string> Asins { get; } =
        [.. Enumerable.Range(0, workers * asinsPerWorker).Select(_ => "O" + Random.Shared.NextInt64(100_000_000, 999_999_999))];

    public IReadOnlyList<Request> Requests { get { lock (_requests) return [.. _requests]; } }

    public IReadOnlyDictionary<string, HashSet<DateTime>> Acknowledged { get { lock (_acknowledged) return _acknowledged.ToDictionary(p => p.Key, p => new HashSet<DateTime>(p.Value)); } }

    /// <summary>Feeds until <paramref name="ct"/> is cancelled or every worker has sent its days up to today.</summary>
    public Task RunAsync(CancellationToken ct) => Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkerAsync(w, ct), CancellationToken.None)));

    private async Task WorkerAsync(int worker, CancellationToken ct)
    {
        var mine = Asins.Skip(worker * asinsPerWorker).Take(asinsPerWorker).ToArray();
        var rng = new Random(worker);
        var attempt = 0;
        for (var day = 0; day <= firstDayAgo && !ct.IsCancellationRequested;)
        {
            var period = DateTime.UtcNow.Date.AddDays(day - firstDayAgo);
            var items = mine.Select(a => new { asin = a, period = period.ToString("yyyy-MM-dd"), units = 20 + rng.Next(-3, 4), price = 10.0, salesRank = 1000, category = "Kitchen" });
            var body = JsonSerializer.Serialize(new { items }, SiloApi.Json);
            // The next silo on every attempt: a request refused by a silo that is down is sent again to another.
            var http = silos[(worker + attempt++) % silos.Count]();
            var started = DateTime.UtcNow;
            var clock = Stopwatch.GetTimestamp();
            int status;
            string? type = null, retryAfter = null, text;
            try
            {
                using var response = await http.PostAsync("api/observations", new StringContent(body, Encoding.UTF8, "application/json"), CancellationToken.None);
                status = (int)response.StatusCode;
                type = response.Content.Headers.ContentType?.MediaType;
                retryAfter = response.Headers.RetryAfter?.ToString();
                text = await response.Content.ReadAsStringAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = 0;
                text = e.Message;
            }
            lock (_requests) _requests.Add(new Request(worker, started, Stopwatch.GetElapsedTime(clock), status, type, retryAfter, text));
            if (status is >= 200 and < 300)
            {
                Record(period, text);
                day++;
            }
            try { await Task.Delay(pause, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void Record(DateTime period, string responseBody)
    {
        using var doc = JsonDocument.Parse(responseBody);
        foreach (var item in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var status = item.GetProperty("status").GetString();
            if (status is not ("Accepted" or "Duplicate" or "Corrected")) continue;
            var asin = item.GetProperty("asin").GetString()!;
            lock (_acknowledged)
            {
                if (!_acknowledged.TryGetValue(asin, out var days)) _acknowledged[asin] = days = [];
                days.Add(period);
            }
        }
    }

    public static bool IsSuccess(Request r) => r.Status is >= 200 and < 300;

    public static bool IsUnavailable(Request r) => r.Status == (int)HttpStatusCode.ServiceUnavailable;
}
