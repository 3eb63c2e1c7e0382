using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ActorCluster.Tests.Pull;

/// <summary>
/// A vendor API on a free loopback port (HttpListener): pages records with limit/offset, throttles with 429 when
/// more than <see cref="Limit"/> requests arrive within any <see cref="Window"/>, plays scripted faults per page, and
/// records every request so tests can count pages fetched and the most requests seen in any window.
/// </summary>
public sealed class VendorTestServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TimeSpan> _arrivals = [];
    private readonly ConcurrentDictionary<(string Path, int Offset), ConcurrentQueue<VendorFault>> _faults = new();
    private readonly ConcurrentQueue<ServedRequest> _log = new();
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _maxInWindow, _windowRejections;

    /// <param name="endpoints">Records per endpoint path ("products", "product").</param>
    public VendorTestServer(IReadOnlyDictionary<string, VendorEndpoint> endpoints, int limit, TimeSpan window, string? token = null)
    {
        Endpoints = endpoints;
        Limit = limit;
        Window = window;
        Token = token;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public IReadOnlyDictionary<string, VendorEndpoint> Endpoints { get; }
    public int Limit { get; }
    public TimeSpan Window { get; }
    public string? Token { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/api/";

    /// <summary>The most requests that arrived within any window of length <see cref="Window"/>.</summary>
    public int MaxInWindow { get { lock (_arrivals) return _maxInWindow; } }

    /// <summary>429s sent because the rate limit was exceeded (not the scripted ones).</summary>
    public int WindowRejections => Volatile.Read(ref _windowRejections);

    public IReadOnlyList<ServedRequest> Requests => [.. _log];

    /// <summary>Pages answered in full (200 with the whole body), by (path, asins, offset).</summary>
    public IReadOnlyList<ServedRequest> PagesServed => [.. _log.Where(r => r.Outcome == "ok")];

    /// <summary>Completes when a request reaches a <see cref="VendorFault.Hold"/>.</summary>
    public TaskCompletionSource HoldReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next requests for page <paramref name="offset"/> of <paramref name="path"/> get these faults, one each, in order.</summary>
    public void Script(string path, int offset, params VendorFault[] faults)
    {
        var queue = _faults.GetOrAdd((path, offset), _ => new ConcurrentQueue<VendorFault>());
        foreach (var f in faults) queue.Enqueue(f);
    }

    public void ReleaseHeld() => _release.TrySetResult();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath.TrimStart('/');
        path = path.StartsWith("api/", StringComparison.Ordinal) ? path[4..] : path;
        var asins = request.QueryString["asins"] ?? "";
        int.TryParse(request.QueryString["offset"], out var offset);
        int.TryParse(request.QueryString["limit"], out var limit);
        var since = request.QueryString["since"];
        string outcome;
        try
        {
            if (!Admit()) { Interlocked.Increment(ref _windowRejections); outcome = "throttled"; await Answer(context, 429, "{\"error\":\"rate limit\"}", retryAfter: 1); }
            else if (Token is not null && request.Headers["Authorization"] != "Bearer " + Token) { outcome = "401"; await Answer(context, 401, "{\"error\":\"token\"}"); }
            else if (!Endpoints.TryGetValue(path, out var endpoint)) { outcome = "404"; await Answer(context, 404, "{}"); }
            else if (_faults.TryGetValue((path, offset), out var queue) && queue.TryDequeue(out var fault))
            {
                outcome = fault.ToString();
                switch (fault)
                {
                    case VendorFault.Unavailable: await Answer(context, 503, "{\"error\":\"busy\"}"); break;
                    case VendorFault.TooManyRequests: await Answer(context, 429, "{\"error\":\"slow down\"}", retryAfter: 1); break;
                    case VendorFault.Drop: context.Response.Abort(); break;
                    case VendorFault.Truncated: await Answer(context, 200, Page(endpoint, asins, since, offset, limit)[..20]); break;
                    case VendorFault.Hold:
                        HoldReached.TrySetResult();
                        await _release.Task;
                        context.Response.Abort();
                        break;
                }
            }
            else { outcome = "ok"; await Answer(context, 200, Page(endpoint, asins, since, offset, limit)); }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            outcome = "client gone";
        }
        _log.Enqueue(new ServedRequest(path, asins, offset, outcome));
    }

    // Counts every arrival, answered or not, as the vendors do; the window is (now − Window, now].
    private bool Admit()
    {
        lock (_arrivals)
        {
            var now = _clock.Elapsed;
            _arrivals.Add(now);
            int inWindow = 0;
            for (int i = _arrivals.Count - 1; i >= 0 && _arrivals[i] > now - Window; i--) inWindow++;
            _maxInWindow = Math.Max(_maxInWindow, inWindow);
            return inWindow <= Limit;
        }
    }

    private static string Page(VendorEndpoint endpoint, string asins, string? since, int offset, int limit)
    {
        var wanted = asins.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var matching = endpoint.Records.Where(r => wanted.Contains(r.FiledUnder)).Select(r => r.Json).ToList();
        var page = matching.Skip(offset).Take(limit <= 0 ? 100 : limit);
        return $"{{\"total\":{matching.Count},\"offset\":{offset},\"{endpoint.ItemsProperty}\":[{string.Join(',', page)}]}}";
    }

    private static async Task Answer(HttpListenerContext context, int status, string body, int? retryAfter = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (retryAfter is { } s) context.Response.Headers["Retry-After"] = s.ToString();
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseHeld();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { }
    }
}

/// <summary>One endpoint's records, in the order they are paged.</summary>
public sealed record VendorEndpoint(string ItemsProperty, IReadOnlyList<VendorRecord> Records);

/// <summary>A raw JSON record, served to requests naming <paramref name="FiledUnder"/> (a malformed record's ASIN may be unusable).</summary>
public sealed record VendorRecord(string FiledUnder, string Json);

public sealed record ServedRequest(string Path, string Asins, int Offset, string Outcome);
