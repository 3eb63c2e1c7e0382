using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ActorCluster.Silo.Actions;

/// <summary>
/// Sends queued red-alert actions to the configured webhook, one at a time, through an HttpClient whose
/// resilience pipeline retries transient failures with exponential backoff and jitter. An action that still
/// fails after every retry is logged with its alert id and dropped (the alert itself stays in the history).
/// </summary>
public sealed partial class WebhookSender(
    AlertActionQueue queue, IHttpClientFactory clients, IOptions<WebhookOptions> options, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "alert-webhook";

    private long _delivered, _failed;

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Failed => Interlocked.Read(ref _failed);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!queue.Enabled) return;
        var client = clients.CreateClient(ClientName);
        await foreach (var action in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Url) { Content = JsonContent.Create(action) };
                if (options.Value.Token is { Length: > 0 } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request, stoppingToken);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref _delivered);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _failed);
                LogFailed(logger, action.AlertId, action.Asin, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Red-alert action for {AlertId} ({Asin}) failed after every retry: {Error}")]
    private static partial void LogFailed(ILogger logger, string alertId, string asin, string error);
}
