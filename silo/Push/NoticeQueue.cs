using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ActorCluster.Silo.Push;

/// <summary>
/// The queue in front of each push stage: never blocks the writer (when full the oldest entry gives way), and the
/// single reader takes whatever accumulated as one batch, so batches grow exactly while the stage is busy.
/// </summary>
public static class NoticeQueue
{
    /// <summary>Largest batch handed on at once.</summary>
    public const int MaxBatch = 2_000;

    public static Channel<AlertNotice> Create(int capacity) => Channel.CreateBounded<AlertNotice>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Waits for at least one entry, then yields everything available (up to <see cref="MaxBatch"/>) as one batch.</summary>
    public static async IAsyncEnumerable<AlertNotice[]> Batches(this ChannelReader<AlertNotice> reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new List<AlertNotice>();
        while (await reader.WaitToReadAsync(ct))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var n)) batch.Add(n);
            yield return [.. batch];
        }
    }
}
