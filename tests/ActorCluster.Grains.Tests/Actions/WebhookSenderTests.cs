using System.Net.Http.Json;
using ActorCluster.Silo.Actions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ActorCluster.Grains.Tests.Actions;

/// <summary>The red-alert hook against a real local HTTP server that fails, recovers or is not there.</summary>
public sealed class WebhookSenderTests
{
    private static readonly AlertAction Sample = new("B000000001", "B000000001-7", 7, "Red", 0.97, "units 5x their 20-day mean", DateTime.UtcNow);

    private static async Task<IHost> StartSilosideAsync(string? url, int retries = 5)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AlertWebhook:Url"] = url, ["AlertWebhook:MaxRetries"] = retries.ToString(),
            ["AlertWebhook:RetryDelay"] = "00:00:00.050", ["AlertWebhook:AttemptTimeout"] = "00:00:02",
        });
        builder.Services.AddAlertWebhook();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_the_action_is_delivered_once()
    {
        int calls = 0;
        var delivered = new TaskCompletionSource<AlertAction>(TaskCreationOptions.RunContinuationsAsynchronously);
        var vendor = WebApplication.CreateBuilder();
        await using var server = vendor.Build();
        server.Urls.Add("http://127.0.0.1:0");
        server.MapPost("/hook", async (HttpContext http) =>
        {
            if (Interlocked.Increment(ref calls) <= 2) return Results.StatusCode(503);
            delivered.TrySetResult((await http.Request.ReadFromJsonAsync<AlertAction>())!);
            return Results.Ok();
        });
        await server.StartAsync();

        using var silo = await StartSilosideAsync(server.Urls.First() + "/hook");
        var queue = silo.Services.GetRequiredService<AlertActionQueue>();
        Assert.True(queue.TryEnqueue(Sample));

        var received = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Sample, received);
        Assert.Equal(3, calls);
        var sender = silo.Services.GetRequiredService<WebhookSender>();
        // The server saw the body before the sender saw the 200: wait for the sender's side too.
        await Until(() => sender.Delivered == 1);
        Assert.Equal(0, sender.Failed);
        await silo.StopAsync();
    }

    [Fact]
    public async Task An_unreachable_hook_never_blocks_the_caller_and_the_failure_is_counted()
    {
        using var silo = await StartSilosideAsync("http://127.0.0.1:9/hook", retries: 2);
        var queue = silo.Services.GetRequiredService<AlertActionQueue>();
        var sender = silo.Services.GetRequiredService<WebhookSender>();
        for (int i = 0; i < 1000; i++) Assert.True(queue.TryEnqueue(Sample with { Sequence = i }));   // returns at once
        await Until(() => sender.Failed >= 1);
        Assert.Equal(0, sender.Delivered);
        await silo.StopAsync();
    }

    [Fact]
    public async Task Without_a_url_the_hook_is_off_and_bad_settings_are_refused()
    {
        using var silo = await StartSilosideAsync(null);
        Assert.False(silo.Services.GetRequiredService<AlertActionQueue>().TryEnqueue(Sample));
        await silo.StopAsync();

        var e = Assert.Throws<InvalidOperationException>(() => new WebhookOptions { Url = new Uri("ftp://x/"), MaxRetries = 50 }.Validate());
        Assert.Contains("AlertWebhook:Url", e.Message);
        Assert.Contains("AlertWebhook:MaxRetries", e.Message);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 30 s");
            await Task.Delay(20);
        }
    }
}
