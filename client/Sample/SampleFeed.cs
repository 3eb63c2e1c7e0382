using System.Globalization;

namespace ActorCluster.Client.Sample;

/// <summary>
/// A small deterministic demo market written as canonical CSV: per ASIN a base demand, weekly
/// seasonality, occasional 3-day promotions with a price cut and an uplift, rare stock-outs and a few
/// injected spikes, so a fresh silo has something realistic to chew on. (The full market simulator
/// replaces this for load and evaluation.)
/// </summary>
public static class SampleFeed
{
    private static readonly string[] Categories = ["Kitchen", "Toys", "Books", "Electronics", "Garden"];

    public static string AsinFor(int i) => $"B0{i:D8}";

    public static void Write(TextWriter w, int asins, int days, DateTime end, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine("asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo");
        var start = end.Date.AddDays(-(days - 1));
        for (int a = 0; a < asins; a++)
        {
            var rng = new Random(HashCode.Combine(seed, a));
            double baseUnits = 5 + rng.NextDouble() * 60, basePrice = Math.Round(8 + rng.NextDouble() * 90, 2);
            int reviews = rng.Next(0, 2000);
            string category = Categories[a % Categories.Length];
            int promoLeft = 0, outLeft = 0;
            for (int d = 0; d < days; d++)
            {
                var day = start.AddDays(d);
                if (promoLeft == 0 && rng.NextDouble() < 0.01) promoLeft = 3;
                if (outLeft == 0 && rng.NextDouble() < 0.003) outLeft = 2 + rng.Next(4);
                bool promo = promoLeft > 0, inStock = outLeft == 0;
                double weekly = 1 + 0.25 * Math.Sin(2 * Math.PI * ((int)day.DayOfWeek) / 7.0);
                double mean = baseUnits * weekly * (promo ? 1.8 : 1.0) * (1 + 0.0005 * d);
                double units = inStock ? Math.Max(0, Math.Round(mean + Normal(rng) * Math.Sqrt(mean))) : 0;
                if (rng.NextDouble() < 0.004) units = Math.Round(units * (3 + rng.NextDouble() * 3)); // injected spike
                double price = promo ? Math.Round(basePrice * 0.85, 2) : basePrice;
                long rank = (long)Math.Max(1, 200_000 / (1 + units) * (0.8 + 0.4 * rng.NextDouble()));
                reviews += rng.NextDouble() < units / 200 ? 1 : 0;
                double rating = Math.Round(3.6 + (a % 13) / 10.0, 1);
                w.WriteLine(string.Join(',', AsinFor(a), day.ToString("yyyy-MM-dd", inv), units.ToString(inv), price.ToString(inv),
                    "USD", rank.ToString(inv), category, reviews.ToString(inv), rating.ToString(inv), inStock ? "true" : "false", promo ? "true" : "false"));
                if (promoLeft > 0) promoLeft--;
                if (outLeft > 0) outLeft--;
            }
        }
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
