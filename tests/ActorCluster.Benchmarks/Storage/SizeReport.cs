using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Grains.Alerts;
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
        var (alertBytes, transitions) = AlertState(seed: 1);
        state.Alerts = alertBytes;
        state.FeedbackPenalty = [0.05, 0, 0];
        int persistedWithAlerts = serializer.SerializeToArray(state).Length;

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
        Console.WriteLine($"worst case, 20 rejections and a full alert history ({transitions} transitions with signals and explanations): {persistedWithAlerts} bytes (alert state alone {alertBytes.Length} bytes)");
        Console.WriteLine($"window blocks alone: {state.WindowBlocks.Sum(b => b.Length)} bytes in {state.WindowBlocks.Count} blocks");
        Console.WriteLine($"heap per active ASIN (window + analytics + model + state), mean over {asins}: {(after - before) / (double)asins / 1024:0.0} KB");
    }

    /// <summary>An alert lifecycle run over a year with a surge every 9 periods, then its kept history filled with its richest entry.</summary>
    private static (byte[] Bytes, int Transitions) AlertState(int seed)
    {
        var options = new AlertOptions { Rules = new AlertOverride { FireAfter = 1, ResolveAfter = 1 } };
        var lifecycle = new AlertLifecycle("B000000001", "Kitchen", options.Defaults);
        var analytics = new AsinAnalytics();
        AnalyticsInput? previous = null;
        foreach (var r in DailySeries.Create(400, seed).Select((r, i) => i % 9 == 8 ? r with { Units = r.Units * 6 + 40, Price = r.Price * 0.7 } : r))
        {
            var step = analytics.Push(r);
            lifecycle.Judge(analytics, step, r, previous);
            previous = r;
        }
        // Fill the kept history with copies of the richest entry (most signals): the worst case for the size.
        var state = lifecycle.ExportState();
        var richest = state.History.MaxBy(t => t.Signals.Count + t.Inhibited.Count)!;
        int kept = options.HistoryKept;
        // Each copy gets its own numbers (values, probability, digits in the explanations), as real entries would.
        var rng = new Random(seed);
        string Digits(string text) => System.Text.RegularExpressions.Regex.Replace(text, "[0-9]", _ => rng.Next(10).ToString());
        AlertSignal Vary(AlertSignal g) => g with { Value = g.Value * (0.5 + rng.NextDouble()), Threshold = g.Threshold * (0.5 + rng.NextDouble()), Explanation = Digits(g.Explanation) };
        var full = Enumerable.Range(1, kept).Select(i => richest with
        {
            Sequence = i, AlertId = $"B000000001-{i}", Probability = 0.75 + 0.25 * rng.NextDouble(), Reason = Digits(richest.Reason),
            At = richest.At.AddDays(i), RecordedAt = DateTime.UtcNow.AddMinutes(i * 7.3),
            Signals = [.. richest.Signals.Select(Vary)], Inhibited = [.. richest.Inhibited.Select(Vary)],
        }).ToList();
        return (AlertStateCodec.Encode(state with { History = full, LastSequence = kept }), full.Count);
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
