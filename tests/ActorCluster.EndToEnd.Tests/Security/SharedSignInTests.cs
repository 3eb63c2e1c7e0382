using System.Net;
using ActorCluster.EndToEnd.Tests.Processes;
using Npgsql;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// Two silos of one cluster behind an imagined load balancer: a board sign-in made on one is valid on the other,
/// and on a silo of a new deployment started after both are gone, because the key ring that encrypts the cookie lives in PostgreSQL.
/// </summary>
public sealed class SharedSignInTests
{
    [Fact]
    public async Task A_sign_in_on_one_silo_is_valid_on_another_and_after_a_restart()
    {
        var pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(pg), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var ring = new KeyRing();
        var readKey = ring.Add("viewer", "read");
        var id = "signin" + Guid.NewGuid().ToString("N")[..10];
        string[] args = ["--ActorCluster:Profile", "cluster", "--ActorCluster:ClusterId", id, "--ActorCluster:ServiceId", id, .. ring.Args];

        var cookies = new CookieContainer();
        await using (var a = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: args))
        await using (var b = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: args))
        {
            var login = await Browser(a, cookies).PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = readKey }));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            var cookie = Assert.Single(cookies.GetCookies(a.BaseAddress));

            // The same cookie sent to silo B (another port, another process, another data folder).
            var onB = new CookieContainer();
            onB.Add(b.BaseAddress, new Cookie(cookie.Name, cookie.Value));
            Assert.Equal(HttpStatusCode.OK, (await Browser(b, onB).GetAsync("/api/board/changes")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Browser(b, new CookieContainer()).GetAsync("/api/board/changes")).StatusCode);

            // The ring is stored once per service.
            await using var db = new NpgsqlConnection(pg);
            await db.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM actorcluster_data_protection_keys WHERE service_id = @id", db);
            count.Parameters.AddWithValue("id", id);
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }

        // Both silos gone; a new deployment of the same service (a new cluster id, so it does not wait for the dead
        // silos' membership rows) reads the same ring and accepts the cookie.
        string[] redeployed = [.. args];
        redeployed[Array.IndexOf(redeployed, id)] = id + "b";
        await using var c = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: redeployed);
        var onC = new CookieContainer();
        onC.Add(c.BaseAddress, new Cookie(cookies.GetAllCookies().Single().Name, cookies.GetAllCookies().Single().Value));
        Assert.Equal(HttpStatusCode.OK, (await Browser(c, onC).GetAsync("/api/board/changes")).StatusCode);
    }

    private static HttpClient Browser(SiloProcess silo, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress };
}
