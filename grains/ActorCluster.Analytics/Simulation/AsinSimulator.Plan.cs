namespace ActorCluster.Analytics.Simulation;

/// <summary>Drawing an ASIN's parameters and scheduling its events, once, when it is created.</summary>
public sealed partial class AsinSimulator
{
    private const ulong Stream = 0xA5135EED;

    private readonly CategoryMarket _category;
    private readonly DateTime _start;
    private readonly int _startDayNumber;
    private readonly ulong _daySeed, _priceSeed;
    private readonly double _baseDemand, _dispersion, _repriceJitter;
    private readonly double[] _weekly, _holiday;
    private readonly LifeCyclePhases _lifeCycle;
    private readonly DaySpan[] _listPrice, _competitorMoves, _promotions, _stockOuts;
    private readonly PlannedAnomaly[] _anomalies;
    private readonly ReviewState _initialReviews;

    internal AsinSimulator(MarketScenario scenario, int index, CategoryMarket category)
    {
        ulong key = SplitMix64.Combine((ulong)scenario.Seed, Stream, (ulong)index);
        var rng = new Xoshiro256StarStar(SplitMix64.Combine(key, 1));
        (_daySeed, _priceSeed) = (SplitMix64.Combine(key, 2), SplitMix64.Combine(key, 3));
        (_category, _start, Index, Days) = (category, scenario.Start, index, scenario.Days);
        _startDayNumber = DateOnly.FromDateTime(scenario.Start).DayNumber;
        Asin = MarketSimulator.AsinId(index);
        var (d, p, pr) = (scenario.Demand, scenario.Price, scenario.Promotion);

        // Parameters first, each consuming a fixed number of draws, so narrowing one range leaves the others unchanged.
        bool intermittent = rng.NextDouble() < scenario.IntermittentShare;
        double regular = d.BaseDemand.LogUniform(ref rng), low = d.IntermittentDemand.LogUniform(ref rng);
        _baseDemand = intermittent ? low : regular;
        _dispersion = d.Dispersion.LogUniform(ref rng);
        _weekly = WeeklyProfile(d.WeeklyAmplitude.Uniform(ref rng), ref rng);
        double holidaySensitivity = d.HolidaySensitivity.Uniform(ref rng);
        _holiday = HolidayEffects.Factors(holidaySensitivity);
        int launch = -(int)Math.Round(d.AgeAtStart.Uniform(ref rng));
        int growth = launch + d.IntroductionDays.Days(ref rng), maturity = growth + d.GrowthDays.Days(ref rng);
        int decline = maturity + d.MaturityDays.Days(ref rng);
        _lifeCycle = new LifeCyclePhases(launch, growth, maturity, decline, d.IntroductionLevel.Uniform(ref rng), d.DeclineHalfLife.Uniform(ref rng));
        double referencePrice = Math.Round(p.ReferencePrice.LogUniform(ref rng), 2);
        double elasticity = p.Elasticity.Uniform(ref rng);
        int repricePeriod = p.RepricePeriodDays.Days(ref rng);
        _repriceJitter = p.RepriceJitter.Uniform(ref rng);
        double listChanges = p.ListPriceChangesPerYear.Uniform(ref rng);
        double competitorReference = Math.Round(referencePrice * p.CompetitorPriceRatio.Uniform(ref rng), 2);
        double crossElasticity = p.CrossElasticity.Uniform(ref rng), competitorMoves = p.CompetitorMovesPerYear.Uniform(ref rng);
        double promotionsPerYear = pr.PerYear.Uniform(ref rng), discount = pr.Discount.Uniform(ref rng), uplift = pr.Uplift.Uniform(ref rng);
        double dipBefore = pr.DipBefore.Uniform(ref rng), dipAfter = pr.DipAfter.Uniform(ref rng);
        int daysBefore = pr.DaysBefore.Days(ref rng), daysAfter = pr.DaysAfter.Days(ref rng);
        double stockOuts = d.StockOutsPerYear.Uniform(ref rng);
        double reviewsPerUnit = d.ReviewsPerUnit.Uniform(ref rng), rating = d.Rating.Uniform(ref rng);

        Truth = new AsinTruth(index, category.Index, intermittent, _baseDemand, _dispersion, Array.AsReadOnly(_weekly),
            category.YearlyAmplitude, category.YearlyPeakDay, holidaySensitivity, _lifeCycle, referencePrice, elasticity, repricePeriod,
            competitorReference, crossElasticity, uplift, discount, dipBefore, daysBefore, dipAfter, daysAfter,
            category.RankScale, category.RankExponent, category.RankNoise, reviewsPerUnit, rating);

        // Then the schedules, in an order that lets later events avoid earlier ones.
        double years = Days / 365.0;
        var use = new DayUse[Days];
        for (int t = 0; t < Days; t++)
        {
            if (HolidayEffects.Calendar.IsEvent(DateOnly.FromDayNumber(_startDayNumber + t))) use[t] |= DayUse.Holiday;
        }
        _listPrice = ListPriceSteps(listChanges * years, p.ListPriceStep, ref rng);
        _competitorMoves = Spans(competitorMoves * years, p.CompetitorMoveDays, 0, use, DayUse.None, DayUse.None, ref rng,
            (ref Xoshiro256StarStar r) => Math.Exp(SignedStep(p.CompetitorMoveSize, ref r)));
        _promotions = Spans(promotionsPerYear * years, pr.Days, 0, use, DayUse.Promotion, DayUse.Promotion, ref rng, null, daysBefore, daysAfter);
        _stockOuts = Spans(stockOuts * years, d.StockOutDays, 3, use, DayUse.Promotion | DayUse.StockOut, DayUse.StockOut, ref rng);
        _anomalies = AnomalyPlanner.Plan(scenario, intermittent, use, ref rng);
        Labels = Array.AsReadOnly(_anomalies
            .Select(a => new AnomalyLabel(Asin, a.Kind, _start.AddDays(a.First), _start.AddDays(a.Last), a.Metric, a.Factor))
            .ToArray());
        _initialReviews = InitialReviews(reviewsPerUnit, rating, ref rng);
        _state = _initialReviews;
        _checkpoints.Add(_initialReviews);
    }

    private delegate double FactorDraw(ref Xoshiro256StarStar rng);

    private static double[] WeeklyProfile(double amplitude, ref Xoshiro256StarStar rng)
    {
        // A weekend effect (stronger or weaker weekends) plus day-specific noise, on the log scale, normalised to mean 1.
        double sign = rng.NextDouble() < 0.5 ? -1 : 1;
        var profile = new double[7];
        for (int day = 0; day < 7; day++)
        {
            double weekend = day is (int)DayOfWeek.Saturday or (int)DayOfWeek.Sunday ? 5 / 7.0 : -2 / 7.0;
            profile[day] = Math.Exp(amplitude * (2 * sign * weekend + 0.5 * RandomVariates.Normal(ref rng)));
        }
        double mean = profile.Average();
        for (int day = 0; day < 7; day++) profile[day] /= mean;
        return profile;
    }

    private static double SignedStep(ParameterRange size, ref Xoshiro256StarStar rng)
    {
        double sign = rng.NextDouble() < 0.5 ? -1 : 1;
        return sign * size.Uniform(ref rng);
    }

    /// <summary>Permanent list-price changes: span i holds the cumulative factor from its first day to the next change.</summary>
    private DaySpan[] ListPriceSteps(double expected, ParameterRange step, ref Xoshiro256StarStar rng)
    {
        int count = (int)RandomVariates.Poisson(ref rng, expected);
        var days = new int[count];
        for (int i = 0; i < count; i++) days[i] = 1 + rng.NextInt(Math.Max(1, Days - 1));
        Array.Sort(days);
        var spans = new DaySpan[count + 1];
        double factor = 1;
        spans[0] = new DaySpan(int.MinValue, count > 0 ? days[0] - 1 : int.MaxValue, 1);
        for (int i = 0; i < count; i++)
        {
            factor *= Math.Exp(SignedStep(step, ref rng));
            spans[i + 1] = new DaySpan(days[i], i + 1 < count ? days[i + 1] - 1 : int.MaxValue, factor);
        }
        return spans;
    }

    /// <summary>
    /// Up to Poisson(<paramref name="expected"/>) spans of the given length, each placed (up to 20 tries) where
    /// its days plus <paramref name="before"/>/<paramref name="after"/> and <paramref name="margin"/> are free of
    /// <paramref name="avoid"/>; placed days are marked <paramref name="mark"/>.
    /// </summary>
    private DaySpan[] Spans(double expected, ParameterRange length, int margin, DayUse[] use, DayUse avoid, DayUse mark,
        ref Xoshiro256StarStar rng, FactorDraw? factor = null, int before = 0, int after = 0)
    {
        int count = (int)RandomVariates.Poisson(ref rng, expected);
        var spans = new List<DaySpan>(count);
        for (int i = 0; i < count; i++)
        {
            int days = length.Days(ref rng);
            double value = factor?.Invoke(ref rng) ?? 1;
            for (int attempt = 0; attempt < 20; attempt++)
            {
                int first = rng.NextInt(Days), last = first + days - 1;
                int from = Math.Max(0, first - before - margin), to = Math.Min(Days - 1, last + after + margin);
                bool free = avoid == DayUse.None
                    ? spans.TrueForAll(s => last < s.First - margin || first > s.Last + margin)
                    : IsFree(use, from, to, avoid);
                if (!free) continue;
                for (int t = from; t <= to; t++) use[t] |= mark;
                spans.Add(new DaySpan(first, last, value));
                break;
            }
        }
        spans.Sort((a, b) => a.First.CompareTo(b.First));
        return [.. spans];
    }

    private static bool IsFree(DayUse[] use, int from, int to, DayUse avoid)
    {
        for (int t = from; t <= to; t++)
        {
            if ((use[t] & avoid) != 0) return false;
        }
        return true;
    }

    private ReviewState InitialReviews(double perUnit, double rating, ref Xoshiro256StarStar rng)
    {
        // Expected units sold since launch, from the life-cycle curve sampled weekly.
        double sold = 0;
        for (int t = _lifeCycle.Launch; t < 0; t += 7) sold += 7 * _baseDemand * _lifeCycle.Level(t);
        int count = (int)RandomVariates.Poisson(ref rng, perUnit * sold);
        double average = Math.Clamp(rating + 0.5 * RandomVariates.Normal(ref rng) / Math.Sqrt(count + 1), 1, 5);
        return new ReviewState(count, count * average);
    }
}
