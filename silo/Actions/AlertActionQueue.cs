using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ActorCluster.Silo.Actions;

/// <summary>
/// Hands red alerts from grains to the webhook sender. <see cref="TryEnqueue"/> never waits: a grain must not
/// be held up by a slow or unreachable hook. When the queue is full the oldest waiting action gives way.
/// </summary>
public sealed class AlertActionQueue(IOptions<WebhookOptions> options)
{
    private readonly Channel<AlertAction> _channel = Channel.CreateBounded<AlertAction>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private long _dropped;

    public bool Enabled { get; } = options.Value.Url is not null;

    /// <summary>Actions that were pushed out of a full queue.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool TryEnqueue(AlertAction action)
    {
        if (!Enabled) return false;
        if (_channel.Reader.Count >= options.Value.QueueCapacity) Interlocked.Increment(ref _dropped);
        return _channel.Writer.TryWrite(action);
    }

    internal ChannelReader<AlertAction> Reader => _channel.Reader;
}
