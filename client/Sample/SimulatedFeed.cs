using System.Globalization;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Client.Sample;

/// <summary>
/// The market simulator's series written as canonical CSV, one ASIN at a time (memory is one ASIN's days, whatever
/// the file size): the benchmark's input. Days the simulated feed has no data for (gap glitches) are not written;
/// a rating of 0 (no review yet) is written empty.
/// </summary>
public static class SimulatedFeed
{
    public const string Header = "asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo,competitor_price";

    /// <summary>Writes the scenario; returns the number of rows written.</summary>
    public static long Write(TextWriter w, MarketScenario scenario)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(Header);
        long rows = 0;
        foreach (var asin in MarketSimulator.Simulate(scenario))
        {
            foreach (var d in asin.Days)
            {
                if (d.Missing) continue;
                w.Write(asin.Asin); w.Write(',');
                w.Write(d.Day.ToString("yyyy-MM-dd", inv)); w.Write(',');
                w.Write(d.Units.ToString(inv)); w.Write(',');
                w.Write(Math.Round(d.Price, 2).ToString(inv)); w.Write(",USD,");
                w.Write(d.SalesRank.ToString(inv)); w.Write(',');
                w.Write(asin.Category); w.Write(',');
                w.Write(d.Reviews.ToString(inv)); w.Write(',');
                if (d.Rating > 0) w.Write(d.Rating.ToString(inv));
                w.Write(d.InStock ? ",true," : ",false,");
                w.Write(d.Promotion ? "true," : "false,");
                w.WriteLine(Math.Round(d.CompetitorPrice, 2).ToString(inv));
                rows++;
            }
        }
        return rows;
    }
}
