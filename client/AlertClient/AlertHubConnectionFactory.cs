using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ActorCluster.AlertClient;

/// <summary>Builds the SignalR connection to one silo's alert hub from the client options.</summary>
public static class AlertHubConnectionFactory
{
    /// <summary>The hub address of a silo base URL (a path prefix in the base URL is kept).</summary>
    public static Uri HubUrl(Uri siloBaseUrl) => new(siloBaseUrl.AbsoluteUri.TrimEnd('/') + AlertHubContract.Path);

    /// <summary>A connection (not started) to <paramref name="siloBaseUrl"/> with the protocol, API key and
    /// automatic-reconnect policy of <paramref name="options"/>.</summary>
    public static HubConnection Build(Uri siloBaseUrl, AlertHubClientOptions options)
    {
        var apiKey = options.ApiKey;
        var builder = new HubConnectionBuilder()
            .WithUrl(HubUrl(siloBaseUrl), http =>
            {
                // The bearer header on HTTP requests, the access_token query parameter on WebSockets.
                if (!string.IsNullOrEmpty(apiKey)) http.AccessTokenProvider = () => Task.FromResult<string?>(apiKey);
                options.ConfigureConnection?.Invoke(http);
            });
        builder = options.RetryPolicy is { } policy
            ? builder.WithAutomaticReconnect(policy)
            : builder.WithAutomaticReconnect(options.ReconnectDelays);
        if (options.Protocol == AlertHubProtocol.MessagePack) builder.AddMessagePackProtocol();
        else
            // Probabilities and signal values may be NaN or infinite; the silo writes them as named literals.
            builder.AddJsonProtocol(json => json.PayloadSerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals);
        return builder.Build();
    }
}
