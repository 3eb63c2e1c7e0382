using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ActorCluster.Connectors.Http;
using ActorCluster.Connectors.Profiles;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Connectors.Pull;

/// <summary>
/// Pages through a vendor source: the ASINs are split into chunks of <see cref="PullSourceOptions.AsinsPerRequest"/>,
/// each chunk paged with <c>limit</c>/<c>offset</c> until a short page or the reported <c>total</c>. A bad record is
/// rejected with its place and reason and never stops the pull.
/// </summary>
public sealed class VendorPuller(PullSourceOptions source, VendorPageClient client)
{
    private readonly VendorRecordMapper _mapper = VendorRecordMapper.For(source.Profile);

    public VendorPageClient Client => client;

    /// <summary>The pages from (<paramref name="chunk"/>, <paramref name="offset"/>) to the end, fetched one at a time as enumerated.</summary>
    public async IAsyncEnumerable<PulledPage> PagesAsync(IReadOnlyList<string> asins, DateTime since, int chunk, int offset,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int chunks = (asins.Count + source.AsinsPerRequest - 1) / source.AsinsPerRequest;
        for (; chunk < chunks; chunk++, offset = 0)
        {
            var names = string.Join(',', asins.Skip(chunk * source.AsinsPerRequest).Take(source.AsinsPerRequest));
            while (true)
            {
                using var doc = await client.GetAsync(PageUri(names, since, offset), cancellationToken);
                var page = Map(doc.RootElement, since, chunk, offset, chunks);
                yield return page;
                if (page.NextChunk != chunk) break;
                offset = page.NextOffset;
            }
        }
    }

    private PulledPage Map(JsonElement root, DateTime since, int chunk, int offset, int chunks)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(_mapper.ItemsProperty, out var items) || items.ValueKind != JsonValueKind.Array)
            throw new VendorPullException($"page at chunk {chunk} offset {offset} has no '{_mapper.ItemsProperty}' array");
        var observations = new List<AsinObservation>();
        var rejections = new List<PullRejection>();
        int count = items.GetArrayLength();
        for (int i = 0; i < count; i++)
        {
            var before = observations.Count;
            if (_mapper.Map(items[i], since, observations) is { } error)
            {
                observations.RemoveRange(before, observations.Count - before);
                rejections.Add(new PullRejection(0, chunk, offset, i, AsinOf(items[i]), error));
            }
        }
        int? total = root.TryGetProperty("total", out var t) && t.TryGetInt32(out var n) ? n : null;
        bool chunkDone = count == 0 || count < source.PageSize || (total is { } all && offset + count >= all);
        bool last = chunkDone && chunk + 1 >= chunks;
        return new PulledPage(chunk, offset, count, observations, rejections,
            chunkDone ? chunk + 1 : chunk, chunkDone ? 0 : offset + count, last);
    }

    private Uri PageUri(string asins, DateTime since, int offset)
    {
        var baseUrl = source.BaseUrl.EndsWith('/') ? source.BaseUrl : source.BaseUrl + "/";
        var query = $"asins={Uri.EscapeDataString(asins)}&since={since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" +
                    $"&limit={source.PageSize}&offset={offset}";
        return new Uri(new Uri(baseUrl), source.EffectivePath.TrimStart('/') + "?" + query);
    }

    private static string? AsinOf(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("asin", out var a) && a.ValueKind == JsonValueKind.String
            ? a.GetString() : null;
}
