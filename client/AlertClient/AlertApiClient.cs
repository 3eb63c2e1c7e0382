using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorCluster.AlertClient;

/// <summary>
/// The silo's HTTP alert endpoints: history, acknowledge, snooze (ASIN, tier, category) and per-ASIN rule overrides.
/// With several base URLs, a silo that cannot be reached is skipped (the request is sent to the next one); an
/// error answer is not retried. Failures throw <see cref="AlertApiException"/> carrying the problem details' text.
/// </summary>
public sealed class AlertApiClient : IDisposable
{
    /// <summary>Header that carries the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The JSON the endpoints speak: camelCase, named floating-point literals (NaN) allowed.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri[] _urls;
    private readonly string? _apiKey;
    private int _preferred;

    /// <summary>Over the given silo base URLs (tried in order), with its own HttpClient.</summary>
    public AlertApiClient(IEnumerable<Uri> baseUrls, string? apiKey = null, HttpMessageHandler? handler = null)
    {
        _urls = [.. baseUrls ?? throw new ArgumentNullException(nameof(baseUrls))];
        if (_urls.Length == 0) throw new ArgumentException("at least one silo URL is required", nameof(baseUrls));
        foreach (var u in _urls)
            if (!u.IsAbsoluteUri) throw new ArgumentException($"'{u}' is not an absolute URL", nameof(baseUrls));
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _ownsHttp = true;
        _apiKey = apiKey;
    }

    /// <summary>Over an HttpClient whose <see cref="HttpClient.BaseAddress"/> is the silo (not disposed with this client).</summary>
    public AlertApiClient(HttpClient http, string? apiKey = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _urls = [http.BaseAddress ?? throw new ArgumentException("the HttpClient needs a BaseAddress", nameof(http))];
        _apiKey = apiKey;
    }

    /// <summary><c>GET /api/asins/{asin}/alerts?after=N&amp;max=M</c>: open alert, history after <paramref name="after"/>, snoozes, override.</summary>
    public Task<AlertsView> GetAlertsAsync(string asin, long after = 0, int? max = null, CancellationToken ct = default) =>
        SendAsync<AlertsView>(HttpMethod.Get,
            $"/api/asins/{Segment(asin)}/alerts?after={after}{(max is { } m ? $"&max={m}" : "")}", null, ct);

    /// <summary><c>POST /api/asins/{asin}/alerts/{alertId}/ack</c>: acknowledges the open alert (404: no open alert with that
    /// id). <paramref name="by"/> null lets the silo name the API key.</summary>
    public Task<AlertNotice> AcknowledgeAsync(string asin, string alertId, string? note = null, string? by = null, CancellationToken ct = default) =>
        SendAsync<AlertNotice>(HttpMethod.Post, $"/api/asins/{Segment(asin)}/alerts/{Segment(alertId)}/ack", new AckBody(note, by), ct);

    /// <summary><c>POST /api/asins/{asin}/snooze</c>: silences the ASIN (scope Asin) or one of its tiers (scope Tier).</summary>
    public Task<AlertNotice> SnoozeAsync(string asin, SnoozeRequest request, CancellationToken ct = default) =>
        SendAsync<AlertNotice>(HttpMethod.Post, $"/api/asins/{Segment(asin)}/snooze", request ?? throw new ArgumentNullException(nameof(request)), ct);

    /// <summary><c>POST /api/categories/{category}/snooze</c>: silences every ASIN of the category.</summary>
    public Task<SnoozeView> SnoozeCategoryAsync(string category, SnoozeRequest request, CancellationToken ct = default) =>
        SendAsync<SnoozeView>(HttpMethod.Post, $"/api/categories/{Segment(category)}/snooze", request ?? throw new ArgumentNullException(nameof(request)), ct);

    /// <summary><c>PUT /api/asins/{asin}/alert-rules</c>: replaces the ASIN's rule override.</summary>
    public Task<AlertsView> SetRulesAsync(string asin, AlertOverride rules, CancellationToken ct = default) =>
        SendAsync<AlertsView>(HttpMethod.Put, $"/api/asins/{Segment(asin)}/alert-rules", rules ?? throw new ArgumentNullException(nameof(rules)), ct);

    /// <summary><c>DELETE /api/asins/{asin}/alert-rules</c>: back to the default rules.</summary>
    public Task<AlertsView> ClearRulesAsync(string asin, CancellationToken ct = default) =>
        SendAsync<AlertsView>(HttpMethod.Delete, $"/api/asins/{Segment(asin)}/alert-rules", null, ct);

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value.Trim());
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, object? body, CancellationToken ct)
    {
        var unreachable = new List<string>();
        for (int i = 0; i < _urls.Length; i++)
        {
            int index = (_preferred + i) % _urls.Length;
            using var request = new HttpRequestMessage(method, new Uri(_urls[index].AbsoluteUri.TrimEnd('/') + pathAndQuery));
            if (!string.IsNullOrEmpty(_apiKey)) request.Headers.Add(ApiKeyHeader, _apiKey);
            if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
            HttpResponseMessage response;
            try { response = await _http.SendAsync(request, ct); }
            catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            {
                // Nothing was sent, so another silo may take the request.
                unreachable.Add($"{_urls[index]}: {e.GetBaseException().Message}");
                continue;
            }
            catch (HttpRequestException e)
            {
                throw new AlertApiException($"{method} {pathAndQuery}: {_urls[index]} did not answer: {e.GetBaseException().Message}", inner: e);
            }
            _preferred = index;
            using (response)
            {
                if (!response.IsSuccessStatusCode) throw await ProblemDetails.ToExceptionAsync(method, pathAndQuery, response, ct);
                return await response.Content.ReadFromJsonAsync<T>(Json, ct)
                       ?? throw new AlertApiException($"{method} {pathAndQuery}: the silo answered {(int)response.StatusCode} with an empty body",
                           response.StatusCode);
            }
        }
        throw new AlertApiException($"{method} {pathAndQuery}: no silo could be reached ({string.Join("; ", unreachable)})");
    }

    /// <summary>Disposes the HttpClient if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private sealed record AckBody(string? Note, string? By);
}
