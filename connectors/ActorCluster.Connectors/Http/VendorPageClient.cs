using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Connectors.Http;

/// <summary>
/// Fetches one page of a vendor source as JSON: every attempt waits for a token of the source's bucket; 429 (after
/// its Retry-After), 408, 5xx, timeouts, dropped connections and unreadable bodies are retried with backoff and
/// jitter; other statuses fail at once, since asking again would get the same answer.
/// </summary>
public sealed class VendorPageClient
{
    /// <summary>How late a request may reach the vendor after its token was taken; the bucket keeps this margin.</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(2);

    private readonly HttpClient _http;
    private readonly PullSourceOptions _source;
    private readonly string? _token;
    private readonly TimeProvider _time;
    private readonly Backoff _backoff;

    /// <summary>A client for <paramref name="source"/>, which must be valid (see <see cref="PullSourceOptions.Validate"/>).</summary>
    public VendorPageClient(HttpClient http, PullSourceOptions source, TimeProvider time, Random? random = null)
    {
        _http = http;
        _source = source;
        _time = time;
        _token = BearerToken.Resolve(source);
        _backoff = new Backoff(source.InitialBackoff, source.MaxBackoff, random ?? Random.Shared);
        Bucket = TokenBucket.ForLimit(source.RequestsPerMinute, TimeSpan.FromMinutes(1), source.Burst, ClockSlack, time);
    }

    public TokenBucket Bucket { get; }

    public int Requests => _requests;
    public int Retries => _retries;
    public int Throttled => _throttled;

    private int _requests, _retries, _throttled;

    public async Task<JsonDocument> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            if (attempt > 0) Interlocked.Increment(ref _retries);
            await Bucket.TakeAsync(cancellationToken);
            Interlocked.Increment(ref _requests);
            TimeSpan? wait;
            string failure;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_source.RequestTimeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (_token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                    try { return await JsonDocument.ParseAsync(body, default, timeout.Token); }
                    catch (JsonException e) { failure = $"unreadable JSON body: {e.Message}"; wait = null; }
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref _throttled);
                    failure = "429 Too Many Requests";
                    wait = Backoff.RetryAfter(response.Headers.RetryAfter, _time.GetUtcNow());
                }
                else if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
                {
                    failure = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                    wait = Backoff.RetryAfter(response.Headers.RetryAfter, _time.GetUtcNow());
                }
                else
                {
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    throw new VendorPullException($"{uri.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(text)}");
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {_source.RequestTimeout.TotalSeconds:0.#}s";
                wait = null;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                failure = $"connection failed: {e.Message}";
                wait = null;
            }
            if (attempt >= _source.MaxRetries)
                throw new VendorPullException($"{uri.GetLeftPart(UriPartial.Path)} failed after {attempt + 1} attempts; last: {failure}");
            var delay = _backoff.Delay(attempt + 1);
            // The vendor's Retry-After is a floor, never shortened by our own backoff.
            if (wait is { } asked && asked > delay) delay = asked;
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";
}

/// <summary>A page could not be fetched (a permanent error, or retries exhausted); the cursor still points at it.</summary>
public sealed class VendorPullException(string message) : Exception(message);
