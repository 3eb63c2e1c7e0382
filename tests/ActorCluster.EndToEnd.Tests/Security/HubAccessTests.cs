using System.Net;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>Real SignalR connections to the alert hub: refused without a key, with an unknown key and with an ingest-only key.</summary>
[Collection(SecuredSiloCollection.Name)]
public sealed class HubAccessTests(SecuredSiloFixture fixture)
{
    public static TheoryData<string?, HttpStatusCode> Refused => new()
    {
        { null, HttpStatusCode.Unauthorized },
        { "not-a-configured-key", HttpStatusCode.Unauthorized },
        { "ingest", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_connection_without_a_read_key_is_refused(string? key, HttpStatusCode expected)
    {
        var apiKey = key == "ingest" ? fixture.IngestKey : key;
        var failure = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await using var client = await AlertHubTestClient.ConnectAsync(fixture.Silo, apiKey: apiKey);
        });
        Assert.Equal(expected, failure.StatusCode);
    }

    [Fact]
    public async Task A_read_key_connects_and_subscribes()
    {
        await using var client = await AlertHubTestClient.ConnectAsync(fixture.Silo, apiKey: fixture.ReadKey);
        var subscribed = await client.SubscribeAsync(new AlertSubscription { Asins = ["s000000002"] });
        Assert.Equal(["S000000002"], subscribed.Asins);
    }
}
