namespace ActorCluster.AlertClient;

/// <summary>Where an <see cref="AlertHubClient"/> stands.</summary>
public enum AlertClientState
{
    /// <summary>Not started, or disposed.</summary>
    Disconnected,

    /// <summary>Connecting, subscribing or replaying what was missed.</summary>
    Connecting,

    /// <summary>Subscribed, replay merged: notices flow live.</summary>
    Connected,

    /// <summary>The connection was lost; reconnecting to the same silo or failing over to another.</summary>
    Reconnecting,
}

/// <summary>What happened to the connection.</summary>
public enum AlertConnectionEventKind
{
    /// <summary>First connection up (subscribed, replay merged).</summary>
    Connected,

    /// <summary>One attempt to connect to a silo failed (the next URL is tried).</summary>
    ConnectFailed,

    /// <summary>The connection dropped; SignalR is reconnecting to the same silo.</summary>
    Reconnecting,

    /// <summary>The silo could not be reached again; trying the other URLs.</summary>
    FailingOver,

    /// <summary>Connected again (same silo or another), re-subscribed and replay merged.</summary>
    Reconnected,

    /// <summary>The hub refused the replay; live delivery goes on, what was missed is not filled in.</summary>
    ReplayFailed,
}

/// <summary>A connection change, for logs and notes to the user.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Url">The silo it happened with.</param>
/// <param name="Error">Why, when it is a failure.</param>
/// <param name="Replayed">Notices the hub returned from the replay (Connected, Reconnected).</param>
/// <param name="Delivered">Notices delivered by the merge of replay and held live ones, duplicates dropped.</param>
public sealed record AlertConnectionEvent(
    AlertConnectionEventKind Kind, Uri? Url, Exception? Error = null, int Replayed = 0, int Delivered = 0);

/// <summary>No silo accepted the alert hub connection in time, or one refused it for good (e.g. the API key).</summary>
public sealed class AlertHubUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
