using ActorCluster.Analytics.Pipeline;
using ActorCluster.Benchmarks.Analytics;
using ActorCluster.Grains.Asin;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ActorCluster.Benchmarks.Storage;

/// <summary>
/// `sizes` mode: what one ASIN with a full default window (400 daily periods) costs — persisted bytes
/// (the grain state as the Orleans serializer writes it to the store) and managed heap for the state our code
/// holds per active grain (window, analytics, fitted model), measured over many ASINs.
/// </summary>
public static class SizeReport
{
    public static void Run(int asins = 1000)
    {
        var serializer = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(AsinGrainState).Assembly).AddAssembly(typeof(Observation).Assembly))
            .BuildServiceProvider().GetRequiredService<Serializer>();

        var (state, _, _) = Build(seed: 1);
        int persisted = serializer.SerializeToArray(state).Length;
        state.Rejections = [.. Enumerable.Range(0, 20).Select(i => new Rejection(DateTime.UtcNow, "period 2020-01-01T00:00:00.0000000Z is older than the window start 2025-01-01T00:00:00.0000000Z", DateTime.UtcNow))];
        int persistedWithRejections = serializer.SerializeToArray(state).Length;

        var keep = new object[asins];
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (int i = 0; i < asins; i++)
        {
            var (s, window, analytics) = Build(seed: i);
            keep[i] = (s, window, analytics);
        }
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(keep);

        Console.WriteLine($"persisted state per ASIN, 400-period window: {persisted} bytes ({persistedWithRejections} with 20 rejections kept)");
        Console.WriteLine($"window blocks alone: {state.WindowBlocks.Sum(b => b.Length)} bytes in {state.WindowBlocks.Count} blocks");
        Console.WriteLine($"heap per active ASIN (window + analytics + model + state), mean over {asins}: {(after - before) / (double)asins / 1024:0.0} KB");
    }

    private static (AsinGrainState, ObservationWindow, AsinAnalytics) Build(int seed)
    {
        var rows = DailySeries.Create(400, seed);
        var window = new ObservationWindow(PeriodKind.Day, 400);
        foreach (var r in rows)
            window.Put(new Observation
            {
                PeriodStart = r.Period, Units = r.Units, Price = r.Price, SalesRank = (long)r.Rank, Reviews = 500 + seed,
                Rating = 4.4, InStock = true, Promotion = r.Promotion, CompetitorPrice = 18.49,
            });
        var state = new AsinGrainState { Period = PeriodKind.Day, WindowBlocks = window.EncodeBlocks(), Currency = "USD", Category = "Kitchen" };
        var analytics = new AsinAnalytics();
        analytics.Rebuild(rows);
        analytics.RefitIfDue();
        return (state, window, analytics);
    }
}
