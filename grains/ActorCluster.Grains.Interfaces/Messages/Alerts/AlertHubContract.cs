namespace ActorCluster;

/// <summary>
/// The SignalR alert hub's contract (path <see cref="Path"/>), shared by the silo and the .NET client.
/// Client → server: <see cref="Subscribe"/>, <see cref="Unsubscribe"/>, <see cref="Replay"/>, <see cref="Receipt"/>.
/// Server → client: <see cref="OnAlerts"/> with an <see cref="AlertNotice"/>[] batch.
/// </summary>
public static class AlertHubContract
{
    /// <summary>Where every silo maps the hub.</summary>
    public const string Path = "/hubs/alerts";

    /// <summary>Adds to the connection's subscription (<see cref="AlertSubscription"/>); returns the whole subscription now in force.</summary>
    public const string Subscribe = "Subscribe";

    /// <summary>Removes from the connection's subscription; returns what is left.</summary>
    public const string Unsubscribe = "Unsubscribe";

    /// <summary>Everything the subscription matches after the given sequence numbers (<see cref="ReplayRequest"/>) → <see cref="AlertNotice"/>[].</summary>
    public const string Replay = "Replay";

    /// <summary>Receipts for delivered transitions (<see cref="AlertReceipt"/>[]) → <see cref="ReceiptResult"/>.</summary>
    public const string Receipt = "Receipt";

    /// <summary>Server → client: a batch of transitions.</summary>
    public const string OnAlerts = "alerts";

    /// <summary>
    /// Start of the <see cref="Replay"/> error that means "some grains could not answer yet" (a silo just died and
    /// its grains have not moved): ask again shortly; anything else is a bad request.
    /// </summary>
    public const string IncompleteReplay = "replay incomplete, retry";

    /// <summary>Most ASINs, categories or entries one request may carry.</summary>
    public const int MaxItems = 10_000;
}

/// <summary>What a connection wants: ASINs, categories, tiers, or everything. Empty lists add nothing.</summary>
public sealed class AlertSubscription
{
    public List<string> Asins { get; set; } = [];
    public List<string> Categories { get; set; } = [];

    /// <summary>Yellow, Orange or Red (case-insensitive).</summary>
    public List<string> Tiers { get; set; } = [];

    /// <summary>Every transition of every ASIN.</summary>
    public bool All { get; set; }
}

/// <summary>A reconnecting client's question: what did I miss?</summary>
public sealed class ReplayRequest
{
    /// <summary>Per ASIN, the last sequence number the client holds: everything after it is returned.</summary>
    public Dictionary<string, long> After { get; set; } = [];

    /// <summary>
    /// For ASINs not in <see cref="After"/> that the subscription matches (categories, tiers, all): transitions raised
    /// at or after this time (UTC) are returned from the journal. Null skips them.
    /// </summary>
    public DateTime? Since { get; set; }

    /// <summary>Filter applied to the journal part; null uses the connection's current subscription.</summary>
    public AlertSubscription? Subscription { get; set; }
}

/// <summary>"I received this transition."</summary>
public sealed class AlertReceipt
{
    public string Asin { get; set; } = "";
    public long Sequence { get; set; }

    /// <summary>The alert id of the transition, checked against what was delivered.</summary>
    public string? AlertId { get; set; }
}

/// <summary>The hub's answer to receipts.</summary>
public sealed class ReceiptResult
{
    /// <summary>Receipts that matched a delivered transition.</summary>
    public int Accepted { get; set; }

    /// <summary>One line per receipt that matched nothing delivered on this connection, saying why.</summary>
    public List<string> Rejected { get; set; } = [];
}
