using ActorCluster.Analytics.Simulation;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.Simulation;

/// <summary>Injected anomalies are where, and as big as, their labels say.</summary>
public sealed class AnomalyLabelTests(ITestOutputHelper output)
{
    private static readonly MarketScenario Anomalous = new()
    {
        Asins = 80,
        Days = 400,
        Seed = 9,
        AnomalyRate = 0.02,
        IntermittentShare = 0.1,
        Demand = new DemandRanges { Dispersion = new(20, 60) },
    };

    private static readonly List<(AsinSimulator Simulator, SimulatedAsin Series)> All = SimulationFit.All(Anomalous);

    private static readonly Dictionary<string, bool[]> Clean = All.ToDictionary(a => a.Series.Asin, a => SimulationFit.CleanDays(a.Simulator, a.Series));

    private static IEnumerable<(AsinSimulator Simulator, SimulatedAsin Series, AnomalyLabel Label, int First, int Last)> Labelled(AnomalyKind kind) =>
        from a in All
        from label in a.Series.Labels
        where label.Kind == kind
        select (a.Simulator, a.Series, label, (label.Start - Anomalous.Start).Days, (label.End - Anomalous.Start).Days);

    [Fact]
    public void Labels_are_ordered_apart_after_the_warm_up_at_about_the_configured_rate()
    {
        int count = 0;
        foreach (var (_, series) in All)
        {
            var labels = series.Labels;
            Assert.All(labels, l => Assert.Equal(series.Asin, l.Asin));
            Assert.All(labels, l => Assert.InRange(l.Start, Anomalous.Start.AddDays(Anomalous.AnomalyWarmupDays), l.End));
            Assert.All(labels, l => Assert.True(l.End < Anomalous.Start.AddDays(Anomalous.Days)));
            for (int i = 1; i < labels.Count; i++) Assert.True(labels[i].Start > labels[i - 1].End.AddDays(3));
            count += labels.Count;
        }
        double expected = Anomalous.AnomalyRate * Anomalous.Asins * (Anomalous.Days - Anomalous.AnomalyWarmupDays);
        output.WriteLine($"{count} labels, {expected:F0} expected before placement; by kind: " +
            string.Join(", ", All.SelectMany(a => a.Series.Labels).GroupBy(l => l.Kind).Select(g => $"{g.Key} {g.Count()}")));
        Assert.InRange(count / expected, 0.75, 1.1);
    }

    [Fact]
    public void Spikes_stand_far_above_and_drops_far_below_the_neighbouring_days()
    {
        var spikes = new List<double>();
        var drops = new List<double>();
        foreach (var kind in new[] { AnomalyKind.Spike, AnomalyKind.Drop })
        {
            foreach (var (simulator, series, _, first, last) in Labelled(kind))
            {
                double neighbours = NeighbourMedian(series, first, last);
                if (neighbours < 3) continue;   // too few sales to see a drop, or a spike of a low seller
                for (int t = first; t <= last; t++) (kind == AnomalyKind.Spike ? spikes : drops).Add(series.Days[t].Units / neighbours);
            }
        }
        output.WriteLine($"{spikes.Count} spike days, median {Median(spikes):F2}× the neighbours; {drops.Count} drop days, median {Median(drops):F2}×");
        Assert.True(spikes.Count >= 20 && drops.Count >= 10);
        Assert.True(spikes.Count(r => r > 2) >= 0.9 * spikes.Count, "spike days not far above their neighbours");
        Assert.True(drops.Count(r => r < 0.5) >= 0.9 * drops.Count, "drop days not far below their neighbours");
    }

    [Fact]
    public void Level_shifts_and_variance_changes_have_their_labelled_size()
    {
        var shifts = new List<double>();
        foreach (var (simulator, series, label, first, last) in Labelled(AnomalyKind.LevelShift))
        {
            // Mean units during the shift over the mean of the clean month before it, against the labelled factor.
            var clean = Clean[series.Asin];
            var before = Enumerable.Range(first - 28, 28).Where(t => t >= 0 && clean[t]).Select(t => series.Days[t].Units).ToList();
            var during = Enumerable.Range(first, last - first + 1).Where(t => !series.Days[t].Missing && series.Days[t].InStock).Select(t => series.Days[t].Units).ToList();
            if (before.Count < 14 || during.Count < 14 || before.Average() < 3) continue;
            shifts.Add(during.Average() / before.Average() / label.Magnitude);
        }
        var variances = new List<double>();
        foreach (var (simulator, series, label, first, last) in Labelled(AnomalyKind.VarianceChange))
        {
            // Method of moments given the mean: Σ((y − μ)² − μ) / Σμ² estimates the over-dispersion Magnitude / r.
            double excess = 0, squares = 0, sum = 0;
            int n = 0;
            for (int t = first; t <= last; t++)
            {
                if (series.Days[t].Missing || !series.Days[t].InStock) continue;
                double mu = simulator.ExpectedUnits(t), y = series.Days[t].Units;
                (excess, squares, sum, n) = (excess + (y - mu) * (y - mu) - mu, squares + mu * mu, sum + mu, n + 1);
            }
            if (n >= 10 && sum / n >= 10) variances.Add(excess / squares * series.Truth.Dispersion / label.Magnitude);
        }
        output.WriteLine($"level shifts, (mean during / mean before) / labelled: {string.Join(" ", shifts.Select(r => r.ToString("F2")))}");
        output.WriteLine($"variance changes, estimated / labelled: {string.Join(" ", variances.Select(r => r.ToString("F2")))}");
        Assert.True(shifts.Count >= 8 && variances.Count >= 8, $"{shifts.Count} shifts, {variances.Count} variance changes");
        Assert.InRange(Median(shifts), 0.85, 1.15);
        Assert.True(shifts.Count(r => r is > 0.6 and < 1.6) >= 0.9 * shifts.Count);
        Assert.InRange(Median(variances), 0.6, 1.5);
    }

    [Fact]
    public void Glitches_report_a_bad_price_or_nothing_at_all()
    {
        int badPrices = 0, gaps = 0;
        foreach (var (simulator, series, label, first, last) in Labelled(AnomalyKind.BadPrice))
        {
            Assert.Equal(first, last);
            var (day, before) = (series.Days[first], series.Days[first - 1]);
            Assert.InRange(day.Price / before.Price, label.Magnitude * 0.5, label.Magnitude * 2);
            Assert.Contains(label.Magnitude, new[] { 100, 0.01 });
            badPrices++;
        }
        foreach (var (_, series) in All)
        {
            var missing = series.Labels.Where(l => l.Kind == AnomalyKind.MissingData).ToList();
            foreach (var day in series.Days)
            {
                Assert.Equal(missing.Any(l => l.Covers(day.Day)), day.Missing);
                if (!day.Missing) continue;
                Assert.True(double.IsNaN(day.Units) && double.IsNaN(day.Price) && double.IsNaN(day.CompetitorPrice));
                Assert.Equal(0, day.SalesRank);
                gaps++;
            }
        }
        output.WriteLine($"{badPrices} bad prices, {gaps} missing days");
        Assert.True(badPrices >= 5 && gaps >= 20);
    }

    [Fact]
    public void The_extreme_scenario_adds_single_period_moves_above_15_percent()
    {
        // Other price and demand movers off, so the move is the only change from one day to the next.
        var quiet = Anomalous with
        {
            Asins = 40,
            AnomalyRate = 0.005,
            Price = new PriceRanges { RepriceJitter = ParameterRange.Fixed(0), ListPriceChangesPerYear = ParameterRange.Fixed(0), CompetitorMovesPerYear = ParameterRange.Fixed(0) },
            Category = new CategoryRanges { PriceWarsPerYear = ParameterRange.Fixed(0), NewEntrantsPerYear = ParameterRange.Fixed(0) },
        };
        var extreme = quiet with { Extreme = true };
        int Moves(MarketScenario scenario) => MarketSimulator.Simulate(scenario).SelectMany(s => s.Labels).Count(l => l.Kind == AnomalyKind.ExtremeMove);
        int regularMoves = Moves(quiet), extremeMoves = Moves(extreme);
        output.WriteLine($"extreme moves: {regularMoves} regular, {extremeMoves} extreme scenario");
        Assert.True(extremeMoves > 3 * Math.Max(1, regularMoves));

        int checkedMoves = 0;
        foreach (var (simulator, series) in SimulationFit.All(extreme))
        {
            foreach (var label in series.Labels.Where(l => l.Kind == AnomalyKind.ExtremeMove))
            {
                int t = (label.Start - extreme.Start).Days;
                Assert.True(Math.Abs(label.Magnitude - 1) >= 0.15);
                if (label.Metric == AnomalyMetric.Price)
                {
                    Assert.Equal(label.Magnitude, series.Days[t].Price / series.Days[t - 1].Price, 0.01);
                }
                else
                {
                    // Expected units move by the label's factor on top of the weekday, life-cycle and season changes.
                    var (truth, market) = (series.Truth, simulator.Market);
                    double regular = truth.WeeklyProfile[(int)series.Days[t].Day.DayOfWeek] / truth.WeeklyProfile[(int)series.Days[t - 1].Day.DayOfWeek]
                        * truth.LifeCycle.Level(t) / truth.LifeCycle.Level(t - 1)
                        * market.Yearly(series.Days[t].Day.DayOfYear) / market.Yearly(series.Days[t - 1].Day.DayOfYear);
                    if (simulator.ExpectedUnits(t - 1) == 0) continue;
                    Assert.Equal(label.Magnitude, simulator.ExpectedUnits(t) / simulator.ExpectedUnits(t - 1) / regular, 9);
                }
                checkedMoves++;
            }
        }
        Assert.True(checkedMoves >= 100, $"{checkedMoves} moves checked");
    }

    private static double NeighbourMedian(SimulatedAsin series, int first, int last)
    {
        var clean = Clean[series.Asin];
        var around = Enumerable.Range(first - 7, 7).Concat(Enumerable.Range(last + 1, 7))
            .Where(t => t >= 0 && t < clean.Length && clean[t]).Select(t => series.Days[t].Units).ToList();
        return around.Count >= 4 ? Median(around) : 0;
    }

    private static double Median(IReadOnlyCollection<double> values) => values.Order().ElementAt(values.Count / 2);
}
