using System.Net;
using System.Text;
using System.Text.Json;
using ActorCluster.AlertClient;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>The alert client's logic without a server: sequencing, merge, receipts, durations, HTTP error handling.</summary>
public sealed class AlertClientUnitTests
{
    private static readonly DateTime T0 = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static AlertNotice N(string asin, long sequence, int secondsAfterT0 = 0) => new()
    {
        Asin = asin, Sequence = sequence, AlertId = $"{asin}-{sequence}", Kind = "Firing", Tier = "Red",
        RaisedAt = T0.AddSeconds(secondsAfterT0), Notify = true,
    };

    private static string Ids(IEnumerable<AlertNotice> notices) => string.Join(" ", notices.Select(n => $"{n.Asin}#{n.Sequence}"));

    [Fact]
    public void A_sequence_at_or_below_the_last_delivered_for_its_ASIN_is_a_duplicate_and_dropped()
    {
        var s = new NoticeSequencer();
        Assert.Equal("A#1 A#2", Ids(s.AcceptLive([N("A", 1), N("A", 2)])));
        Assert.Equal("A#3", Ids(s.AcceptLive([N("A", 2), N("A", 3), N("A", 1)])));
        Assert.Equal(3, s.Delivered);
        Assert.Equal(2, s.Duplicates);
        Assert.Equal(3, s.LastSequence("A"));
    }

    [Fact]
    public void Gaps_in_the_sequence_are_not_loss_and_ASINs_are_independent()
    {
        var s = new NoticeSequencer();
        Assert.Equal("A#1 A#5 B#1 A#9 B#2", Ids(s.AcceptLive([N("A", 1), N("A", 5), N("B", 1), N("A", 9), N("B", 2)])));
        Assert.Equal(0, s.Duplicates);
        Assert.Equal(new Dictionary<string, long> { ["A"] = 9, ["B"] = 2 }, s.SnapshotLastSequences());
        Assert.Equal(0, s.LastSequence("C"));
    }

    [Fact]
    public void Live_notices_are_held_during_a_replay_and_merged_in_order_per_ASIN_without_duplicates()
    {
        var s = new NoticeSequencer();
        s.AcceptLive([N("A", 2), N("B", 1)]);
        s.BeginReplay();
        Assert.Empty(s.AcceptLive([N("A", 7), N("B", 4)]));
        Assert.Empty(s.AcceptLive([N("A", 8)]));
        Assert.Equal(3, s.Held);

        // The replay overlaps what was already delivered (A#2) and what arrived live meanwhile (A#7).
        var merged = s.CompleteReplay([N("B", 3), N("A", 2), N("A", 5), N("A", 7), N("B", 2)]);

        Assert.Equal("A#5 A#7 A#8 B#2 B#3 B#4", Ids(merged));
        Assert.Equal(2, s.Duplicates);
        Assert.False(s.Replaying);
        foreach (var group in merged.GroupBy(n => n.Asin))
            Assert.Equal(group.Select(n => n.Sequence).Order(), group.Select(n => n.Sequence));
        Assert.Equal("C#1", Ids(s.AcceptLive([N("C", 1), N("A", 8)])));
    }

    [Fact]
    public void A_failed_replay_keeps_what_was_held_for_the_next_one()
    {
        var s = new NoticeSequencer();
        s.BeginReplay();
        s.AcceptLive([N("A", 3)]);
        s.BeginReplay(); // reconnected again before the first replay answered
        s.AcceptLive([N("A", 4)]);
        Assert.Equal("A#1 A#3 A#4", Ids(s.CompleteReplay([N("A", 1)])));
    }

    [Fact]
    public void The_replay_request_asks_after_the_last_sequences_and_since_the_newest_notice_minus_the_slack()
    {
        var s = new NoticeSequencer(new Dictionary<string, long> { ["Z"] = 40 });
        var empty = s.CreateReplayRequest(TimeSpan.FromSeconds(5));
        Assert.Null(empty.Since);
        Assert.Equal(40, empty.After["Z"]);
        Assert.Equal(T0.AddSeconds(-5), s.CreateReplayRequest(TimeSpan.FromSeconds(5), fallbackSince: T0).Since);

        s.AcceptLive([N("A", 3, secondsAfterT0: 30), N("B", 1, secondsAfterT0: 10)]);
        var request = s.CreateReplayRequest(TimeSpan.FromSeconds(5), fallbackSince: T0);

        Assert.Equal(new Dictionary<string, long> { ["Z"] = 40, ["A"] = 3, ["B"] = 1 }, request.After);
        Assert.Equal(T0.AddSeconds(25), request.Since);
        Assert.Equal(DateTimeKind.Utc, request.Since!.Value.Kind);
        Assert.Empty(s.AcceptLive([N("Z", 40)]));
    }

    [Fact]
    public void Beyond_the_hubs_limit_the_replay_names_the_most_recently_heard_ASINs_and_the_journal_covers_the_rest()
    {
        var s = new NoticeSequencer();
        s.AcceptLive([N("A", 4, secondsAfterT0: 1), N("B", 9, secondsAfterT0: 30), N("C", 2, secondsAfterT0: 20)]);

        var request = s.CreateReplayRequest(TimeSpan.FromSeconds(5), maxAsins: 2);

        Assert.Equal(new Dictionary<string, long> { ["B"] = 9, ["C"] = 2 }, request.After);
        Assert.Equal(T0.AddSeconds(25), request.Since);
        // What the journal then returns for A (old and new) is deduplicated here.
        Assert.Equal("A#5", Ids(s.CompleteReplay([N("A", 3), N("A", 4), N("A", 5)])));
    }

    [Fact]
    public async Task Receipts_go_out_as_soon_as_a_batch_is_full_in_order_and_the_rest_on_dispose()
    {
        var sent = new List<AlertReceipt[]>();
        var twoBatches = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batcher = new ReceiptBatcher((batch, _) =>
        {
            lock (sent) { sent.Add(batch); if (sent.Sum(b => b.Length) >= 6) twoBatches.TrySetResult(); }
            return Task.CompletedTask;
        }, interval: TimeSpan.FromHours(1), batchSize: 3);
        batcher.Start();

        for (int i = 1; i <= 7; i++) batcher.Add(new AlertReceipt { Asin = "A", Sequence = i });
        await twoBatches.Task.WaitAsync(Wait); // long before the hour-long interval
        await batcher.DisposeAsync();

        Assert.All(sent, b => Assert.InRange(b.Length, 1, 3));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), sent.SelectMany(b => b).Select(r => r.Sequence));
        Assert.Equal(7, batcher.Sent);
        Assert.Equal(0, batcher.Pending);
    }

    [Fact]
    public async Task A_partial_batch_goes_out_after_the_interval_and_a_failed_one_is_dropped_not_retried()
    {
        int calls = 0;
        var second = new TaskCompletionSource<AlertReceipt[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var batcher = new ReceiptBatcher((batch, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new InvalidOperationException("not connected");
            second.TrySetResult(batch);
            return Task.CompletedTask;
        }, interval: TimeSpan.FromMilliseconds(20), batchSize: 200);

        batcher.Add(new AlertReceipt { Asin = "A", Sequence = 1 });
        await batcher.FlushAsync(CancellationToken.None);
        Assert.Equal(1, batcher.Failed);

        batcher.Start();
        batcher.Add(new AlertReceipt { Asin = "A", Sequence = 2 });
        var batch = await second.Task.WaitAsync(Wait);
        Assert.Equal(2, Assert.Single(batch).Sequence);
        Assert.Equal(1, batcher.Sent);
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData(" 2h ", 7200)]
    [InlineData("1d", 86_400)]
    [InlineData("1W", 604_800)]
    [InlineData("500ms", 0.5)]
    [InlineData("01:30:00", 5400)]
    public void Durations_parse_with_a_unit(string text, double seconds)
    {
        Assert.True(AlertDuration.TryParse(text, out var d, out var error), error);
        Assert.Equal(TimeSpan.FromSeconds(seconds), d);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("10", "no unit")]
    [InlineData("5x", "unknown unit 'x'")]
    [InlineData("0s", "not a positive")]
    [InlineData("-5m", "not a duration")]
    [InlineData("1.5h", "unknown unit '.5h'")]
    [InlineData("abc", "not a duration")]
    public void Bad_durations_say_what_is_wrong(string text, string expected)
    {
        Assert.False(AlertDuration.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
        Assert.Contains(expected, Assert.Throws<FormatException>(() => AlertDuration.Parse(text)).Message);
    }

    [Theory]
    [InlineData(7200, "2h")]
    [InlineData(5400, "90m")]
    [InlineData(86_400, "1d")]
    [InlineData(45, "45s")]
    public void Durations_format_in_the_shortest_exact_unit(double seconds, string expected) =>
        Assert.Equal(expected, AlertDuration.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public async Task Http_errors_carry_the_problem_detail_and_unreachable_silos_are_skipped()
    {
        var seen = new List<HttpRequestMessage>();
        string? body = null;
        var handler = new StubHandler(async request =>
        {
            seen.Add(request);
            if (request.RequestUri!.Port == 1) throw new HttpRequestException(HttpRequestError.ConnectionError, "refused");
            body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"title":"Not Found","status":404,"detail":"no open alert B000000001-7"}""",
                    Encoding.UTF8, "application/problem+json"),
            };
        });
        using var api = new AlertApiClient([new Uri("http://127.0.0.1:1"), new Uri("http://127.0.0.1:5080/")], "k1", handler);

        var e = await Assert.ThrowsAsync<AlertApiException>(() => api.AcknowledgeAsync("B000000001", "B000000001-7", "seen"));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.True(e.IsBadRequest);
        Assert.Equal("no open alert B000000001-7", e.Detail);
        Assert.Contains("404", e.Message);
        Assert.Contains("no open alert B000000001-7", e.Message);
        Assert.Equal("http://127.0.0.1:5080/api/asins/B000000001/alerts/B000000001-7/ack", seen[^1].RequestUri!.ToString());
        Assert.Equal("k1", Assert.Single(seen[^1].Headers.GetValues(AlertApiClient.ApiKeyHeader)));
        Assert.Equal("""{"note":"seen","by":null}""", body);
    }

    [Fact]
    public async Task Http_answers_read_camel_case_with_named_floating_point_literals()
    {
        var handler = new StubHandler(request => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(
                """{"asin":"B000000001","lastSequence":9,"history":[{"asin":"B000000001","sequence":9,"kind":"Firing","tier":"Orange","probability":"NaN","signals":[{"kind":"UnitsSurge","value":"Infinity","direction":1}]}]}""",
                Encoding.UTF8, "application/json"),
        }));
        using var api = new AlertApiClient([new Uri("http://silo:5080")], handler: handler);

        var view = await api.GetAlertsAsync("B000000001", after: 3, max: 50);

        var n = Assert.Single(view.History);
        Assert.Equal(9, view.LastSequence);
        Assert.True(double.IsNaN(n.Probability!.Value));
        Assert.True(double.IsPositiveInfinity(n.Signals[0].Value));
        Assert.Equal("http://silo:5080/api/asins/B000000001/alerts?after=3&max=50", handler.Last!.RequestUri!.ToString());
    }

    [Fact]
    public void Snooze_requests_travel_as_camel_case_json()
    {
        var json = JsonSerializer.Serialize(new SnoozeRequest { Scope = "Tier", Until = T0, By = "ops", Tier = "Red" }, AlertApiClient.Json);
        Assert.Equal("""{"scope":"Tier","until":"2025-03-01T12:00:00Z","by":"ops","tier":"Red","category":null,"note":null}""", json);
    }

    [Fact]
    public void Hub_options_are_validated_and_the_hub_path_keeps_a_base_path()
    {
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => new AlertHubClient(new AlertHubClientOptions())).Message);
        Assert.Contains("not an absolute http(s) URL", Assert.Throws<ArgumentException>(() =>
            new AlertHubClient(new AlertHubClientOptions { Urls = [new Uri("ftp://x")] })).Message);
        Assert.Equal("http://h:5080/hubs/alerts", AlertHubConnectionFactory.HubUrl(new Uri("http://h:5080")).ToString());
        Assert.Equal("http://h/prefix/hubs/alerts", AlertHubConnectionFactory.HubUrl(new Uri("http://h/prefix/")).ToString());
    }

    [Fact]
    public async Task Start_gives_up_after_the_connect_timeout_naming_every_silo_it_tried()
    {
        await using var client = new AlertHubClient(new AlertHubClientOptions
        {
            Urls = [new Uri("http://127.0.0.1:1"), new Uri("http://127.0.0.1:2")],
            ConnectTimeout = TimeSpan.FromSeconds(1.5),
            FailoverDelay = TimeSpan.FromMilliseconds(50),
        });
        var e = await Assert.ThrowsAsync<AlertHubUnavailableException>(() => client.StartAsync());
        Assert.Contains("127.0.0.1:1", e.Message);
        Assert.Contains("127.0.0.1:2", e.Message);
        Assert.Equal(AlertClientState.Disconnected, client.State);
        Assert.Null(client.ConnectedTo);
    }

    private sealed class StubHandler(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Last = request;
            return answer(request);
        }
    }
}
