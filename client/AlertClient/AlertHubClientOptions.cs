using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace ActorCluster.AlertClient;

/// <summary>The wire format of the hub connection.</summary>
public enum AlertHubProtocol
{
    /// <summary>JSON (System.Text.Json, named floating-point literals allowed).</summary>
    Json,

    /// <summary>MessagePack (the silo must have the MessagePack hub protocol enabled).</summary>
    MessagePack,
}

/// <summary>How an <see cref="AlertHubClient"/> connects, what it subscribes to, and how it recovers.</summary>
public sealed class AlertHubClientOptions
{
    /// <summary>Silo base URLs (e.g. <c>http://127.0.0.1:5080</c>); the client fails over to the next one when a
    /// connection cannot be (re)established. At least one is required.</summary>
    public List<Uri> Urls { get; set; } = [];

    /// <summary>API key, sent as the bearer token (<c>access_token</c> on WebSockets). Null sends none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Wire format; default <see cref="AlertHubProtocol.Json"/>.</summary>
    public AlertHubProtocol Protocol { get; set; } = AlertHubProtocol.Json;

    /// <summary>What to subscribe to after every (re)connect. Default: nothing (set <see cref="AlertSubscription.All"/> for everything).</summary>
    public AlertSubscription Subscription { get; set; } = new();

    /// <summary>Delays of SignalR's automatic reconnect to the same silo; once they are used up the client fails
    /// over to the next URL. Default 0, 0.5 s, 1 s, 2 s, 5 s.</summary>
    public TimeSpan[] ReconnectDelays { get; set; } =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <summary>Pause after a full round of URLs failed, doubling per round up to <see cref="MaxFailoverDelay"/>. Default 0.5 s.</summary>
    public TimeSpan FailoverDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of the pause between failover rounds. Default 10 s.</summary>
    public TimeSpan MaxFailoverDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long <see cref="AlertHubClient.StartAsync"/> keeps trying before it gives up. Default 30 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a hub call (subscribe, replay, receipts) may take before the connection is given up as
    /// unhealthy (or the receipt batch dropped). Default 30 s.</summary>
    public TimeSpan HubCallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Receipts are sent at least this often while any are pending. Default 100 ms.</summary>
    public TimeSpan ReceiptInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A receipt batch is sent at once when this many are pending. Default 200.</summary>
    public int ReceiptBatchSize { get; set; } = 200;

    /// <summary>False sends no receipts. Default true.</summary>
    public bool SendReceipts { get; set; } = true;

    /// <summary>Subtracted from the newest <see cref="AlertNotice.RaisedAt"/> held when asking for a replay, to cover
    /// clock skew between silos and in-flight batches. Default 5 s.</summary>
    public TimeSpan ReplaySlack { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a replay the hub reports incomplete (<see cref="AlertHubContract.IncompleteReplay"/>: a silo just died)
    /// is retried before live delivery resumes without it (default 3 minutes). Live notices are held meanwhile, so
    /// nothing is delivered out of order.
    /// </summary>
    public TimeSpan ReplayRetryFor { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Sequences to resume after on the first connect (e.g. persisted by a previous run). Null: none.</summary>
    public IReadOnlyDictionary<string, long>? ResumeAfter { get; set; }

    /// <summary>Journal time to replay from on the first connect (UTC). Null: only what arrives from now on.</summary>
    public DateTime? ResumeSince { get; set; }

    /// <summary>Delivered notices kept for <see cref="AlertHubClient.Received"/> and <see cref="AlertHubClient.WaitForAsync"/>,
    /// newest last; older ones are dropped. Default 10,000.</summary>
    public int KeepReceived { get; set; } = 10_000;

    /// <summary>False does not queue notices for <see cref="AlertHubClient.ReadAllAsync"/> (use it when only the
    /// <see cref="AlertHubClient.NoticeDelivered"/> event or <see cref="AlertHubClient.Received"/> is read, so nothing piles up). Default true.</summary>
    public bool QueueForReader { get; set; } = true;

    /// <summary>Extra transport settings (headers, handler, transports), applied after the API key.</summary>
    public Action<HttpConnectionOptions>? ConfigureConnection { get; set; }

    /// <summary>Replaces the <see cref="ReconnectDelays"/> policy when set.</summary>
    public IRetryPolicy? RetryPolicy { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Urls.Count == 0) throw new ArgumentException("at least one silo URL is required", nameof(Urls));
        foreach (var url in Urls)
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"'{url}' is not an absolute http(s) URL", nameof(Urls));
        ArgumentNullException.ThrowIfNull(Subscription);
        if (ReceiptBatchSize is < 1 or > AlertHubContract.MaxItems)
            throw new ArgumentException($"ReceiptBatchSize must be 1..{AlertHubContract.MaxItems}, was {ReceiptBatchSize}", nameof(ReceiptBatchSize));
        if (ReceiptInterval <= TimeSpan.Zero) throw new ArgumentException("ReceiptInterval must be positive", nameof(ReceiptInterval));
        if (ConnectTimeout <= TimeSpan.Zero) throw new ArgumentException("ConnectTimeout must be positive", nameof(ConnectTimeout));
        if (HubCallTimeout <= TimeSpan.Zero) throw new ArgumentException("HubCallTimeout must be positive", nameof(HubCallTimeout));
        if (FailoverDelay < TimeSpan.Zero || MaxFailoverDelay < FailoverDelay)
            throw new ArgumentException("FailoverDelay must be >= 0 and <= MaxFailoverDelay", nameof(FailoverDelay));
        if (ReplaySlack < TimeSpan.Zero) throw new ArgumentException("ReplaySlack must be >= 0", nameof(ReplaySlack));
        if (ReplayRetryFor < TimeSpan.Zero) throw new ArgumentException("ReplayRetryFor must be >= 0", nameof(ReplayRetryFor));
        if (KeepReceived < 0) throw new ArgumentException("KeepReceived must be >= 0", nameof(KeepReceived));
    }
}
