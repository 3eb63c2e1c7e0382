namespace ActorCluster.Analytics.Simulation;

/// <summary>The market model of one day: drivers (price, competitor, demand mean) and the observed day.</summary>
public sealed partial class AsinSimulator
{
    // A day without sales ranks as if 0.2 units sold, so a stock-out or a slow day sinks the rank without dividing by zero.
    private const double ZeroSalesUnits = 0.2;
    private const long WorstRank = 1_000_000_000_000;

    private readonly record struct Drivers(double Price, double CompetitorPrice, double Mean, double Size, bool Promotion, bool InStock, int Anomaly);

    private Drivers DriversOf(int t)
    {
        var day = DateOnly.FromDayNumber(_startDayNumber + t);
        int anomaly = IndexOf(_anomalies, t);
        var a = anomaly >= 0 ? _anomalies[anomaly] : default;
        var truth = Truth;

        // Price: list price × repricer adjustment × promotion discount. A true price move pauses the repricer
        // at the day before it, so the single-period move is exactly its factor.
        double price = anomaly >= 0 && a.Kind == AnomalyKind.ExtremeMove && a.Metric == AnomalyMetric.Price
            ? RegularPrice(Math.Max(0, a.First - 1)) * a.Factor
            : RegularPrice(t);
        int promo = DaySpan.LastStartedBy(_promotions, t);
        bool onPromotion = promo >= 0 && t <= _promotions[promo].Last;
        if (onPromotion) price *= 1 - truth.PromotionDiscount;
        price = Math.Max(0.01, Math.Round(price, 2));

        int move = DaySpan.IndexAt(_competitorMoves, t);
        double competitor = truth.CompetitorReferencePrice * _category.CompetitorPriceIndex(t) * (move >= 0 ? _competitorMoves[move].Factor : 1);
        competitor = Math.Max(0.01, Math.Round(competitor, 2));

        double mean = _baseDemand * _lifeCycle.Level(t) * _weekly[(int)day.DayOfWeek] * _category.Yearly(day.DayOfYear)
            * HolidayEffects.Factor(_holiday, HolidayEffects.Calendar.Mask(day))
            * Math.Exp(truth.Elasticity * Math.Log(price / truth.ReferencePrice)
                + truth.CrossElasticity * Math.Log(competitor / truth.CompetitorReferencePrice))
            * _category.Share(t) * PromotionFactor(promo, onPromotion, t);

        double size = _dispersion;
        if (anomaly >= 0 && a.Metric == AnomalyMetric.Units)
        {
            switch (a.Kind)
            {
                case AnomalyKind.Spike: mean = a.Factor * Math.Max(mean, 1); break;
                case AnomalyKind.VarianceChange: size /= a.Factor; break;
                default: mean *= a.Factor; break;
            }
        }
        bool inStock = DaySpan.IndexAt(_stockOuts, t) < 0;
        return new Drivers(price, competitor, inStock ? mean : 0, size, onPromotion, inStock, anomaly);
    }

    private SimulatedDay Compute(int t, ref ReviewState reviews)
    {
        var drivers = DriversOf(t);
        var rng = new Xoshiro256StarStar(SplitMix64.Combine(_daySeed, (ulong)t));
        double units = RandomVariates.NegativeBinomial(ref rng, drivers.Mean, drivers.Size);

        double rankNoise = _category.RankNoise * RandomVariates.Normal(ref rng);
        double rank = _category.RankScale * Math.Exp(-_category.RankExponent * Math.Log(Math.Max(units, ZeroSalesUnits)) + rankNoise);
        long salesRank = (long)Math.Clamp(Math.Round(rank), 1, WorstRank);

        int added = (int)RandomVariates.Poisson(ref rng, units * Truth.ReviewsPerUnit);
        if (added > 0)
        {
            double stars = Math.Clamp(added * Truth.TrueRating + Math.Sqrt(added) * RandomVariates.Normal(ref rng), added, 5.0 * added);
            reviews = new ReviewState(reviews.Count + added, reviews.StarSum + stars);
        }

        var date = _start.AddDays(t);
        if (drivers.Anomaly < 0) return new SimulatedDay(date, units, drivers.Price, salesRank, drivers.InStock, drivers.Promotion, reviews.Count, reviews.Rating, drivers.CompetitorPrice, false);
        var a = _anomalies[drivers.Anomaly];
        return a.Kind switch
        {
            AnomalyKind.MissingData => new SimulatedDay(date, double.NaN, double.NaN, 0, drivers.InStock, drivers.Promotion, reviews.Count, reviews.Rating, double.NaN, true),
            AnomalyKind.BadPrice => new SimulatedDay(date, units, Math.Round(drivers.Price * a.Factor, 2), salesRank, drivers.InStock, drivers.Promotion, reviews.Count, reviews.Rating, drivers.CompetitorPrice, false),
            _ => new SimulatedDay(date, units, drivers.Price, salesRank, drivers.InStock, drivers.Promotion, reviews.Count, reviews.Rating, drivers.CompetitorPrice, false),
        };
    }

    /// <summary>List price × the repricer's adjustment: one log-normal draw per block of days, clipped at ±3σ.</summary>
    private double RegularPrice(int t)
    {
        var rng = new Xoshiro256StarStar(SplitMix64.Combine(_priceSeed, (ulong)(t / Truth.RepricePeriodDays)));
        double reprice = Math.Exp(_repriceJitter * Math.Clamp(RandomVariates.Normal(ref rng), -3, 3));
        return Truth.ReferencePrice * _listPrice[DaySpan.LastStartedBy(_listPrice, t)].Factor * reprice;
    }

    /// <summary>Uplift during a promotion, the pull-forward dip before the next one and after the last one, else 1.</summary>
    private double PromotionFactor(int promo, bool onPromotion, int t)
    {
        var truth = Truth;
        if (onPromotion) return truth.PromotionUplift;
        if (promo + 1 < _promotions.Length && _promotions[promo + 1].First - t <= truth.PullForwardBeforeDays)
            return 1 - truth.PullForwardBefore;
        if (promo >= 0 && t - _promotions[promo].Last <= truth.PullForwardAfterDays)
            return 1 - truth.PullForwardAfter * (1 - (t - _promotions[promo].Last - 1) / (double)truth.PullForwardAfterDays);
        return 1;
    }

    private static int IndexOf(PlannedAnomaly[] anomalies, int t)
    {
        // Few per ASIN and sorted: a linear scan that stops at the first one starting after t.
        for (int i = 0; i < anomalies.Length && anomalies[i].First <= t; i++)
        {
            if (t <= anomalies[i].Last) return i;
        }
        return -1;
    }
}
