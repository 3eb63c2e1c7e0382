using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Npgsql;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// SQL-shaped input on the cluster profile (PostgreSQL for clustering and grain state): ASINs are refused by their
/// format; categories, notes and names are data, stored and read back literally (also straight from the database); every table
/// and every earlier row is still there.
/// </summary>
public sealed class SqlInjectionTests
{
    private const string DropAsin = "B0'; DROP TABLE--";
    private const string OrAsin = "B0'OR'1'--";   // ten characters: refused for what they are, not for their number
    private const string DeleteCategory = "x'); DELETE FROM orleansstorage;--";
    private const string DropNote = "'); DROP TABLE OrleansMembershipTable; --";
    private static readonly string[] Tables = ["orleansstorage", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery"];

    [Fact]
    public async Task Sql_shaped_asins_are_rejected_and_sql_shaped_categories_are_stored_literally_leaving_storage_intact()
    {
        var pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(pg), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = "sqli" + Guid.NewGuid().ToString("N")[..10];
        string[] args = ["--ActorCluster:Profile", "cluster", "--ActorCluster:ClusterId", id, "--ActorCluster:ServiceId", id, .. TestKeys.AdminArgs];
        const string asin = "Q000000001";
        const string bystander = "Q000000002";

        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: args);
        using var http = Http(silo, TestKeys.Admin);
        await PostAsync(http, [.. Steady(bystander, 10, 1, category: "Kitchen")]);
        var rowsBefore = await ScalarAsync(pg!, "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @s", id);
        Assert.True(rowsBefore >= 1, "the bystander's state was not written to PostgreSQL");

        // Refused by format, per item, before any grain or query sees them.
        var batch = await PostAsync(http,
            new { asin = DropAsin, period = Day(1), units = 1 },
            new { asin = OrAsin, period = Day(1), units = 1 },
            new { asin, period = Day(3), units = 7, category = DeleteCategory },
            new { asin, period = Day(2), units = 8, category = DeleteCategory });
        Assert.Equal(2, batch.GetProperty("rejected").GetInt32());
        Assert.Equal(2, batch.GetProperty("accepted").GetInt32());
        var reasons = batch.GetProperty("results").EnumerateArray().Take(2).Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Contains("expected 10", reasons[0]);
        Assert.Contains("only A-Z and 0-9", reasons[1]);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"api/asins/{Uri.EscapeDataString(DropAsin)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"api/asins/{Uri.EscapeDataString(OrAsin)}/alerts")).StatusCode);

        // Data, not SQL: a category grain keyed by the string, a snooze with a SQL-shaped note and author.
        var snooze = await http.PostAsJsonAsync($"api/categories/{Uri.EscapeDataString(DeleteCategory)}/snooze",
            new { until = DateTime.UtcNow.AddHours(1), note = DropNote, by = DropNote });
        Assert.True(snooze.IsSuccessStatusCode, await snooze.Content.ReadAsStringAsync());
        Assert.Contains("DROP TABLE OrleansMembershipTable", await snooze.Content.ReadAsStringAsync());
        await using (var hub = await AlertHubTestClient.ConnectAsync(silo, apiKey: TestKeys.Admin))
            Assert.Equal([DeleteCategory], (await hub.SubscribeAsync(new AlertSubscription { Categories = [DeleteCategory] })).Categories);

        Assert.Equal(DeleteCategory, await CategoryAsync(http, asin));
        using (var bystanderStatus = JsonDocument.Parse(await http.GetStringAsync($"api/asins/{bystander}")))
            Assert.Equal(10, bystanderStatus.RootElement.GetProperty("status").GetProperty("counts").GetProperty("accepted").GetInt64());
        await AssertStorageIntactAsync(pg!, id, rowsBefore);

        // In PostgreSQL as written: the category grain's row is keyed by the literal string, and the ASIN's state
        // (Orleans binary serialisation, strings as UTF-8) holds the literal category.
        Assert.Equal(1, await ScalarAsync(pg!,
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @s AND GrainTypeString = 'category' AND GrainIdExtensionString = @v", id, DeleteCategory));
        Assert.Equal(1, await ScalarAsync(pg!,
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @s AND GrainIdExtensionString = 'Q000000001' AND position(convert_to(@v, 'UTF8') in PayloadBinary) > 0", id, DeleteCategory));
    }

    private static async Task<string?> CategoryAsync(HttpClient http, string asin)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}"));
        return doc.RootElement.GetProperty("status").GetProperty("category").GetString();
    }

    private static async Task AssertStorageIntactAsync(string pg, string serviceId, long rowsBefore)
    {
        foreach (var table in Tables)
            Assert.True(await ScalarAsync(pg, "SELECT count(*) FROM pg_tables WHERE tablename = @s", table) == 1, $"table {table} is gone");
        // The bystander, the ASIN and the category grain: nothing deleted, the new rows added.
        Assert.True(await ScalarAsync(pg, "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @s", serviceId) >= rowsBefore + 2);
        Assert.True(await ScalarAsync(pg, "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @s", serviceId) >= 1);
    }

    private static async Task<long> ScalarAsync(string pg, string sql, string value, string? v = null)
    {
        await using var db = new NpgsqlConnection(pg);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("s", value);
        if (v is not null) command.Parameters.AddWithValue("v", v);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
