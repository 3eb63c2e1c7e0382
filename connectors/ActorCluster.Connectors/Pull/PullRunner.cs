using System.Security.Cryptography;
using System.Text;

namespace ActorCluster.Connectors.Pull;

/// <summary>
/// One pull: resumes the stored cursor when it continues the same source, start and ASIN list, otherwise starts at
/// the first page; ingests each page, then saves the cursor past it. A stop (crash, cancel, page limit) therefore
/// refetches at most the page in flight, and the grains' idempotency absorbs even that.
/// </summary>
public sealed class PullRunner(VendorPuller puller, AsinBatchSender sender, IPullCursorStore cursors, TimeProvider time)
{
    /// <summary>Rejection reasons kept in the summary (all are passed to <see cref="Rejected"/>).</summary>
    public const int SamplesKept = 50;

    /// <summary>Called with every rejection, connector's and grains', as it happens.</summary>
    public event Action<string>? Rejected;

    public async Task<PullRunSummary> RunAsync(string source, IReadOnlyList<string> asins, DateTime since, int? maxPages, CancellationToken cancellationToken)
    {
        var key = AsinsKey(asins);
        var stored = await cursors.LoadAsync(cancellationToken);
        var cursor = stored is not null && stored.Continues(source, since, key)
            ? stored
            : new PullCursor { Source = source, Since = since, AsinsKey = key, UpdatedAt = time.GetUtcNow().UtcDateTime };
        int retries0 = puller.Client.Retries, throttled0 = puller.Client.Throttled;
        var summary = new PullRunSummary();
        var samples = new List<string>();
        if (asins.Count == 0) return summary with { Completed = true };

        await foreach (var page in puller.PagesAsync(asins, since, cursor.Chunk, cursor.Offset, cancellationToken))
        {
            int number = cursor.Pages + 1;
            var sent = await sender.SendAsync(page.Observations, cancellationToken);
            foreach (var r in page.Rejections) Reject((r with { Page = number }).ToString(), samples);
            foreach (var r in sent.Rejections) Reject($"page {number}: grain rejected {r}", samples);
            cursor = cursor with
            {
                Chunk = page.NextChunk, Offset = page.NextOffset, Pages = number, Completed = page.Last,
                UpdatedAt = time.GetUtcNow().UtcDateTime,
            };
            await cursors.SaveAsync(cursor, cancellationToken);
            summary = summary with
            {
                Pages = summary.Pages + 1, Records = summary.Records + page.Records,
                Observations = summary.Observations + page.Observations.Count, Stored = summary.Stored + sent.Stored,
                Duplicates = summary.Duplicates + sent.Duplicates, Rejected = summary.Rejected + page.Rejections.Count + sent.Rejections.Count,
                Retries = puller.Client.Retries - retries0, Throttled = puller.Client.Throttled - throttled0,
                Completed = page.Last, RejectionSamples = [.. samples],
            };
            if (page.Last || (maxPages is { } max && summary.Pages >= max)) break;
        }
        return summary with { Retries = puller.Client.Retries - retries0, Throttled = puller.Client.Throttled - throttled0 };
    }

    private void Reject(string reason, List<string> samples)
    {
        if (samples.Count < SamplesKept) samples.Add(reason);
        Rejected?.Invoke(reason);
    }

    /// <summary>A short digest of the ASIN list, so a cursor only resumes the list it was made for.</summary>
    public static string AsinsKey(IReadOnlyList<string> asins) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', asins))))[..16];
}
