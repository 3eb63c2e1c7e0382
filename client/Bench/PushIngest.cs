using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ActorCluster.Client.Bench;

/// <summary>
/// Sends probe observations the way a feed would: <c>POST /api/observations</c> (one request per call) or
/// <c>IAsinGrain.Ingest</c>/<c>IngestBatch</c> over the gateway. Counts anything not Accepted.
/// </summary>
public sealed class PushIngest(PushIngestPath path, IClusterClient cluster, Uri silo) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = silo, Timeout = TimeSpan.FromSeconds(30),
    };
    private long _unexpected;

    /// <summary>Observations that did not come back Accepted.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    /// <summary>The first of them, with the reason.</summary>
    public string? FirstUnexpected { get; private set; }

    public PushIngestPath Path => path;

    /// <summary>Ingests <paramref name="observations"/> of one ASIN and returns once they are durable.</summary>
    public async Task IngestAsync(string asin, Observation[] observations, CancellationToken ct)
    {
        if (path == PushIngestPath.Orleans)
        {
            var grain = cluster.GetGrain<IAsinGrain>(asin);
            IngestResult[] results = observations.Length == 1 ? [await grain.Ingest(observations[0])] : await grain.IngestBatch(observations);
            foreach (var r in results)
                if (r.Status != IngestStatus.Accepted) Note($"{asin} {r.PeriodStart:yyyy-MM-dd}: {r.Status} {r.Reason}");
            return;
        }
        using var response = await _http.PostAsJsonAsync("api/observations", new { items = observations.Select(o => Item(asin, o)) }, ct);
        if (!response.IsSuccessStatusCode)
        {
            Note($"{asin}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}", observations.Length);
            return;
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
        foreach (var r in body.RootElement.GetProperty("results").EnumerateArray())
            if (r.GetProperty("status").GetString() is not "Accepted")
                Note($"{asin}: {r.GetProperty("status").GetString()} {r.GetProperty("reason")}");
    }

    private static object Item(string asin, Observation o) => new
    {
        asin, period = o.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), units = o.Units, price = o.Price,
        currency = o.Currency, rank = o.SalesRank, category = o.Category, inStock = o.InStock,
    };

    private void Note(string what, int count = 1)
    {
        if (Interlocked.Add(ref _unexpected, count) == count) FirstUnexpected = what;
    }

    public void Dispose() => _http.Dispose();
}
