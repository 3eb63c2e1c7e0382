using System.Text.Json;
using Npgsql;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// What a grain holds for one ASIN, as the HTTP API returns it: the ingest counts that define "each observation stored
/// once" (accepted, corrections, late, rejected), the window's size and every stored row (as JSON, compared exactly).
/// Duplicates are kept apart: a client that retries a call whose answer it lost sees its own rows again as duplicates,
/// which is correct and not a difference in state.
/// </summary>
public sealed record AsinSnapshot(string Asin, long Accepted, long Corrections, long Late, long Rejected, int WindowCount, string Window, long Duplicates)
{
    /// <summary>The state without the duplicate count, for comparing two runs.</summary>
    public object Key => (Asin, Accepted, Corrections, Late, Rejected, WindowCount, Window);

    public static async Task<AsinSnapshot> ReadAsync(HttpClient http, string asin)
    {
        using var status = JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}"));
        var s = status.RootElement.GetProperty("status");
        var c = s.GetProperty("counts");
        var window = await http.GetStringAsync($"api/asins/{asin}/window");
        return new AsinSnapshot(asin, c.GetProperty("accepted").GetInt64(), c.GetProperty("corrections").GetInt64(), c.GetProperty("late").GetInt64(),
            c.GetProperty("rejected").GetInt64(), s.GetProperty("windowCount").GetInt32(), window, c.GetProperty("duplicates").GetInt64());
    }

    /// <summary>Every ASIN's snapshot, a few requests at a time.</summary>
    public static async Task<Dictionary<string, AsinSnapshot>> ReadAllAsync(HttpClient http, IEnumerable<string> asins)
    {
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, AsinSnapshot>();
        await Parallel.ForEachAsync(asins, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (asin, _) => result[asin] = await ReadAsync(http, asin));
        return new Dictionary<string, AsinSnapshot>(result);
    }

    /// <summary>Grain-state rows this service has written so far: one per ASIN (and category) once its first batch is durable.</summary>
    public static async Task<long> StoredRowsAsync(string postgres, string serviceId)
    {
        await using var db = new NpgsqlConnection(postgres);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM OrleansStorage WHERE ServiceId = @id", db);
        cmd.Parameters.AddWithValue("id", serviceId);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
