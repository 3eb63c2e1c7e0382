using System.Net;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// Request-size limits, with the admin key (every role): one byte over an endpoint's limit is 413, exactly at it is
/// read; a hub message over the SignalR limit closes that connection and nothing else.
/// </summary>
[Collection(SecuredSiloCollection.Name)]
public sealed class SizeLimitTests(SecuredSiloFixture fixture)
{
    private const int MB = 1024 * 1024;
    private const int KB = 1024;

    /// <summary>Method, path, the endpoint's documented limit in bytes, and a small valid JSON body to pad up to it.</summary>
    public static TheoryData<string, string, int, string> Limits => new()
    {
        { "POST", "api/observations", 4 * MB, """{"items":[{"asin":"Z000000001","period":"2026-01-01","units":1}]}""" },
        { "POST", "api/asins/Z000000001/whatif", 16 * KB, "{}" },
        { "POST", "api/asins/Z000000001/alerts/Z000000001-1/ack", 64 * KB, "{}" },
        { "POST", "api/asins/Z000000001/snooze", 64 * KB, """{"scope":"Asin","until":"2099-01-01T00:00:00Z"}""" },
        { "POST", "api/categories/Kitchen/snooze", 64 * KB, """{"until":"2099-01-01T00:00:00Z"}""" },
        { "PUT", "api/asins/Z000000001/alert-rules", 64 * KB, "{}" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task One_byte_over_the_limit_is_413_and_exactly_the_limit_is_read(string method, string path, int limit, string json)
    {
        using var http = fixture.Http(fixture.AdminKey);

        var over = await SendAsync(http, method, path, Padded(json, limit + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);

        var at = await SendAsync(http, method, path, Padded(json, limit));
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, at.StatusCode);
        Assert.True((int)at.StatusCode < 500, $"{method} {path} at the limit: {(int)at.StatusCode} {await at.Content.ReadAsStringAsync()}");

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_hub_message_over_the_limit_closes_that_connection_and_the_silo_carries_on()
    {
        await using var big = await AlertHubTestClient.ConnectAsync(fixture.Silo, apiKey: fixture.ReadKey);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        big.Connection.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };

        // 1,100 categories of 1,000 characters: about 1.1 MB, over the hub's 1 MB message limit.
        var subscription = new AlertSubscription();
        for (int i = 0; i < 1100; i++) subscription.Categories.Add(new string((char)('a' + i % 26), 1000));
        await Assert.ThrowsAnyAsync<Exception>(() => big.SubscribeAsync(subscription));
        var error = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(error);
        Assert.Equal(HubConnectionState.Disconnected, big.Connection.State);

        await using var small = await AlertHubTestClient.ConnectAsync(fixture.Silo, apiKey: fixture.ReadKey);
        var ok = await small.SubscribeAsync(new AlertSubscription { Categories = ["Kitchen"] });
        Assert.Equal(["Kitchen"], ok.Categories);
        using var http = fixture.Http();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health/ready")).StatusCode);
    }

    /// <summary><paramref name="json"/> followed by spaces (still the same JSON) to exactly <paramref name="bytes"/> bytes.</summary>
    private static byte[] Padded(string json, int bytes)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var padded = new byte[bytes];
        Array.Fill(padded, (byte)' ');
        body.CopyTo(padded, 0);
        return padded;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        // The server refuses on the declared length before the body is sent, so the client is not cut off mid-upload.
        request.Headers.ExpectContinue = true;
        return http.SendAsync(request);
    }
}
