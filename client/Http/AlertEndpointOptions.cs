using System.CommandLine;
using ActorCluster.AlertClient;

namespace ActorCluster.Client.Http;

/// <summary>Where the silos' HTTP API and alert hub are: the options of the commands that talk HTTP/SignalR
/// (not the Orleans gateway). One instance per command.</summary>
public sealed class AlertEndpointOptions
{
    /// <summary>Used when neither --url nor ACTORCLUSTER_URL is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public Option<string[]> Url { get; } = new("--url")
    {
        Description = $"Silo base URL; repeat for fail-over (default: ACTORCLUSTER_URL, comma-separated, or {DefaultUrl})",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = "API key (default: ACTORCLUSTER_API_KEY)",
    };

    public Option<bool> MessagePack { get; } = new("--messagepack")
    {
        Description = "Use the MessagePack hub protocol instead of JSON",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(ApiKey);
        command.Options.Add(MessagePack);
    }

    /// <summary>The URLs, key and protocol; throws <see cref="ArgumentException"/> naming a bad URL.</summary>
    public AlertEndpoint Read(ParseResult parse)
    {
        var given = parse.GetValue(Url) is { Length: > 0 } u
            ? u
            : (Environment.GetEnvironmentVariable("ACTORCLUSTER_URL") ?? DefaultUrl).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var urls = new List<Uri>();
        foreach (var text in given)
        {
            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"--url '{text}' is not an absolute http(s) URL such as {DefaultUrl}");
            urls.Add(url);
        }
        if (urls.Count == 0) throw new ArgumentException($"no silo URL: give --url (e.g. {DefaultUrl})");
        var key = parse.GetValue(ApiKey) ?? Environment.GetEnvironmentVariable("ACTORCLUSTER_API_KEY");
        return new AlertEndpoint(urls, string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            parse.GetValue(MessagePack) ? AlertHubProtocol.MessagePack : AlertHubProtocol.Json);
    }
}

/// <summary>The silos to talk to, the API key and the hub protocol.</summary>
public sealed record AlertEndpoint(IReadOnlyList<Uri> Urls, string? ApiKey, AlertHubProtocol Protocol);
