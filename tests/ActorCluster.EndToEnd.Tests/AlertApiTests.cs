using System.Net;
using ActorCluster.AlertClient;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>The alert endpoints of the HTTP API on a real silo, through the .NET alert client.</summary>
public sealed class AlertApiTests
{
    [Fact]
    public async Task Alerts_can_be_read_acknowledged_snoozed_and_tuned_over_http_and_bad_requests_say_why()
    {
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: AlertPushTests.QuickRules);
        using var http = Http(silo);
        using var api = new AlertApiClient([silo.BaseAddress]);
        var asin = AlertPushTests.NewAsin('H');
        await PostAsync(http, [.. Steady(asin, 60, 3, category: "Garden"), Spike(asin, 2, category: "Garden")]);

        var view = await api.GetAlertsAsync(asin);
        Assert.NotNull(view.Open);
        Assert.Equal("Garden", view.Category);

        var missing = await Assert.ThrowsAsync<AlertApiException>(() => api.AcknowledgeAsync(asin, asin + "-999"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no open alert with id", missing.Detail);
        var ack = await api.AcknowledgeAsync(asin, view.Open!.Id, note: "checking stock", by: "ana");
        Assert.Equal("Acknowledged", ack.Kind);

        var badTier = await Assert.ThrowsAsync<AlertApiException>(() =>
            api.SnoozeAsync(asin, new SnoozeRequest { Scope = "Tier", Tier = "purple", Until = DateTime.UtcNow.AddHours(1) }));
        Assert.Equal(HttpStatusCode.BadRequest, badTier.StatusCode);
        Assert.Contains("tier 'purple'", badTier.Detail);
        var past = await Assert.ThrowsAsync<AlertApiException>(() =>
            api.SnoozeAsync(asin, new SnoozeRequest { Scope = "Asin", Until = DateTime.UtcNow.AddHours(-1) }));
        Assert.Contains("not in the future", past.Detail);
        var snoozed = await api.SnoozeAsync(asin, new SnoozeRequest { Scope = "Tier", Tier = "Red", Until = DateTime.UtcNow.AddHours(1), Note = "sale" });
        Assert.Equal("Snoozed", snoozed.Kind);
        Assert.Equal("local", snoozed.By);                               // the open local profile's user
        var category = await api.SnoozeCategoryAsync("Garden", new SnoozeRequest { Until = DateTime.UtcNow.AddHours(2) });
        Assert.Equal("Category", category.Scope);

        var badRules = await Assert.ThrowsAsync<AlertApiException>(() => api.SetRulesAsync(asin, new AlertOverride { FireAfter = 4, FireWindow = 2 }));
        Assert.Contains("FireAfter", badRules.Detail);
        var tuned = await api.SetRulesAsync(asin, new AlertOverride { RedProbability = 0.95 });
        Assert.Equal(0.95, tuned.Override!.RedProbability);

        var after = await api.GetAlertsAsync(asin);
        Assert.Equal("ana (key local)", after.Open?.AcknowledgedBy);
        Assert.Contains(after.Snoozes, s => s.Scope == "Tier" && s.Tier == "Red");
        Assert.Null((await api.ClearRulesAsync(asin)).Override);
        var badAsin = await Assert.ThrowsAsync<AlertApiException>(() => api.GetAlertsAsync("nope"));
        Assert.Equal(HttpStatusCode.BadRequest, badAsin.StatusCode);
    }
}
