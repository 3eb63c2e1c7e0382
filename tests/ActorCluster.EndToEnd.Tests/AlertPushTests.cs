using System.Net.Http.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>
/// Live alert push with real processes: two silos on PostgreSQL, SignalR clients on either, alerts raised by grains on
/// the other silo, a reconnecting client that asks for what it missed.
/// </summary>
public sealed class AlertPushTests
{
    /// <summary>Fire on the first qualifying period and resolve on the first clear one, so each step is one transition.</summary>
    internal static readonly string[] QuickRules = ["--Alerts:Rules:FireAfter", "1", "--Alerts:Rules:ResolveAfter", "1"];

    internal static string[] ClusterArgs(string id) =>
        ["--ActorCluster:Profile", "cluster", "--ActorCluster:ClusterId", id, "--ActorCluster:ServiceId", id, .. QuickRules, .. TestKeys.AdminArgs];

    internal static string NewAsin(char prefix) => prefix + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString();

    [Fact]
    public async Task An_alert_raised_on_one_silo_reaches_clients_on_both_and_a_reconnecting_client_gets_exactly_what_it_missed()
    {
        var pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(pg), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = "push" + Guid.NewGuid().ToString("N")[..10];
        await using var a = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: ClusterArgs(id));
        await using var b = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: ClusterArgs(id));
        await Membership.WaitActiveAsync(id, 2, TimeSpan.FromSeconds(60));
        using var httpA = Http(a, TestKeys.Admin);
        using var httpB = Http(b, TestKeys.Admin);

        // History for a few ASINs through silo B; pick one whose grain lives on B.
        var asins = Enumerable.Range(0, 8).Select(_ => NewAsin('P')).ToList();
        await PostAsync(httpB, [.. asins.SelectMany(x => Steady(x, 90, 7))]);
        string? onB = null;
        foreach (var x in asins)
            if ((await HostedOnAsync(httpB, x)).Contains($":{b.SiloPort}:")) { onB = x; break; }
        Assert.True(onB is not null, "no ASIN was placed on silo B");
        var asin = onB!;

        await using var jsonOnA = await AlertHubTestClient.ConnectAsync(a, apiKey: TestKeys.Admin);
        await using var packOnB = await AlertHubTestClient.ConnectAsync(b, messagePack: true, apiKey: TestKeys.Admin);
        var sub = new AlertSubscription { Asins = [asin.ToLowerInvariant()] };
        Assert.Equal([asin], (await jsonOnA.SubscribeAsync(sub)).Asins);
        await packOnB.SubscribeAsync(sub);

        await PostAsync(httpA, Spike(asin, 6));
        var fired = await jsonOnA.WaitForAsync(n => n.Asin == asin && n.Kind == "Firing", TimeSpan.FromSeconds(20));
        var firedPack = await packOnB.WaitForAsync(n => n.Asin == asin && n.Kind == "Firing", TimeSpan.FromSeconds(20));
        Assert.Equal(fired.Sequence, firedPack.Sequence);
        Assert.Equal(fired.AlertId, firedPack.AlertId);
        Assert.Equal(fired.Reason, firedPack.Reason);
        Assert.NotEmpty(fired.Signals);
        Assert.Contains(fired.Tier, new[] { "Yellow", "Orange", "Red" });
        Assert.All(fired.Signals, s => Assert.False(string.IsNullOrWhiteSpace(s.Explanation)));

        // Receipts: the delivered one is accepted once; an unknown alert id is explained.
        var receipt = await jsonOnA.Connection.InvokeAsync<ReceiptResult>(AlertHubContract.Receipt,
            new[] { new AlertReceipt { Asin = asin, Sequence = fired.Sequence, AlertId = fired.AlertId } });
        Assert.Equal(1, receipt.Accepted);
        var again = await jsonOnA.Connection.InvokeAsync<ReceiptResult>(AlertHubContract.Receipt,
            new[] { new AlertReceipt { Asin = asin, Sequence = fired.Sequence, AlertId = fired.AlertId },
                    new AlertReceipt { Asin = asin, Sequence = 999, AlertId = "nope" } });
        Assert.Equal(0, again.Accepted);
        Assert.Equal(2, again.Rejected.Count);

        // The client on A goes away; transitions keep coming: acknowledge, resolve, fire again, escalate.
        long last = jsonOnA.All.Where(n => n.Asin == asin).Max(n => n.Sequence);
        await jsonOnA.Connection.StopAsync();
        var ack = await httpB.PostAsJsonAsync($"api/asins/{asin}/alerts/{fired.AlertId}/ack", new { note = "on it" });
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());
        await PostAsync(httpA, Steady(asin, 5, 2));
        await PostAsync(httpB, Spike(asin, 1, units: 420, price: 4));
        var expected = (await AlertsAsync(httpA, asin, after: last)).History.Where(n => n.Notify).ToList();
        Assert.True(expected.Select(n => n.Kind).SequenceEqual(["Acknowledged", "Resolved", "Firing"]),
            $"expected acknowledge, resolve and a new alert while away, got {string.Join(", ", expected)}");
        // The client on B heard them live, in order.
        await packOnB.WaitForAsync(n => n.Asin == asin && n.Sequence == expected[^1].Sequence, TimeSpan.FromSeconds(20));
        var liveOnB = packOnB.All.Where(n => n.Asin == asin && n.Sequence > last).Select(n => n.Sequence).ToList();
        Assert.Equal(expected.Select(n => n.Sequence), liveOnB);

        // A new connection on A asks for everything after its last sequence number: exactly the missed ones, in order.
        await using var back = await AlertHubTestClient.ConnectAsync(a, apiKey: TestKeys.Admin);
        await back.SubscribeAsync(sub);
        var replay = await back.Connection.InvokeAsync<AlertNotice[]>(AlertHubContract.Replay,
            new ReplayRequest { After = new() { [asin] = last } });
        Assert.Equal(expected.Select(n => (n.Sequence, n.Kind, n.AlertId)), replay.Select(n => (n.Sequence, n.Kind, n.AlertId)));
        Assert.Contains(replay, n => n.Kind == "Acknowledged" && n.By == "admin");

        // A client subscribed to everything that never heard of this ASIN gets the same from the journal.
        await using var wide = await AlertHubTestClient.ConnectAsync(b, apiKey: TestKeys.Admin);
        await wide.SubscribeAsync(new AlertSubscription { All = true });
        var sinceFired = await wide.Connection.InvokeAsync<AlertNotice[]>(AlertHubContract.Replay,
            new ReplayRequest { Since = fired.RaisedAt.AddMilliseconds(-1) });
        Assert.Equal(new[] { fired.Sequence }.Concat(expected.Select(n => n.Sequence)),
            sinceFired.Where(n => n.Asin == asin).Select(n => n.Sequence));
    }

    [Fact]
    public async Task Bad_hub_messages_get_clear_errors_and_the_connection_and_the_silo_keep_working()
    {
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir());
        await using var client = await AlertHubTestClient.ConnectAsync(silo);
        var hub = client.Connection;

        var badAsin = await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(new AlertSubscription { Asins = ["not-an-asin"] }));
        Assert.Contains("'not-an-asin'", badAsin.Message);
        var badTier = await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(new AlertSubscription { Tiers = ["purple"] }));
        Assert.Contains("tier 'purple'", badTier.Message);
        var badReplay = await Assert.ThrowsAsync<HubException>(() =>
            hub.InvokeAsync<AlertNotice[]>(AlertHubContract.Replay, new ReplayRequest { After = new() { ["x"] = 1 } }));
        Assert.Contains("ASIN 'x'", badReplay.Message);
        var unknown = await hub.InvokeAsync<ReceiptResult>(AlertHubContract.Receipt,
            new[] { new AlertReceipt { Asin = "B000000001", Sequence = 5, AlertId = "B000000001-5" } });
        Assert.Equal(0, unknown.Accepted);
        Assert.Contains("nothing with this ASIN and sequence was delivered", Assert.Single(unknown.Rejected));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<object>("NoSuchMethod"));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<AlertSubscription>(AlertHubContract.Subscribe, 42));
        Assert.Equal(HubConnectionState.Connected, hub.State);
        Assert.True((await client.SubscribeAsync(new AlertSubscription { Tiers = ["red"], Categories = ["Toys"] })).Tiers.SequenceEqual(["Red"]));

        // An oversize message: the hub drops that connection, never the silo; a new connection works.
        await using var big = await AlertHubTestClient.ConnectAsync(silo);
        var closed = new TaskCompletionSource();
        big.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var huge = new AlertSubscription { Categories = [new string('c', 2 * 1024 * 1024)] };
        await Assert.ThrowsAnyAsync<Exception>(() => big.SubscribeAsync(huge));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var after = await AlertHubTestClient.ConnectAsync(silo);
        Assert.True((await after.SubscribeAsync(new AlertSubscription { All = true })).All);
        using var http = Http(silo);
        Assert.True((await http.GetAsync("health/ready")).IsSuccessStatusCode);
    }
}
