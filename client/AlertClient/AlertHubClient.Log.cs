using Microsoft.Extensions.Logging;

namespace ActorCluster.AlertClient;

public sealed partial class AlertHubClient
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub {Url}: connect failed: {Error}")]
    private static partial void LogConnectFailed(ILogger logger, Uri url, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert hub {Url}: subscribed; replay returned {Replayed}, delivered {Delivered}")]
    private static partial void LogSubscribed(ILogger logger, Uri url, int replayed, int delivered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub {Url}: replay refused: {Error}")]
    private static partial void LogReplayFailed(ILogger logger, Uri url, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub {Url}: connection lost, reconnecting: {Error}")]
    private static partial void LogReconnecting(ILogger logger, Uri? url, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub {Url}: could not restore the subscription: {Error}")]
    private static partial void LogResubscribeFailed(ILogger logger, Uri url, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub {Url}: gone ({Error}); failing over")]
    private static partial void LogFailingOver(ILogger logger, Uri? url, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub rejected {Count} receipts, e.g. {First}")]
    private static partial void LogReceiptsRejected(ILogger logger, int count, string first);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alert client event handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert hub replay incomplete, asking again: {Error}")]
    private static partial void LogReplayRetry(ILogger logger, string error);
}
