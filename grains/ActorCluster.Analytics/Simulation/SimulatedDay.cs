namespace ActorCluster.Analytics.Simulation;

/// <summary>One simulated day of one ASIN, as a marketplace feed would report it.</summary>
/// <param name="Day">The day (UTC midnight).</param>
/// <param name="Units">Units sold (a whole number); NaN when <paramref name="Missing"/>.</param>
/// <param name="Price">Reported price; a data glitch can make it 100× or 0.01× the true price; NaN when <paramref name="Missing"/>.</param>
/// <param name="SalesRank">Best-seller rank in the category (1 = best), from the units by the category's power law; 0 when <paramref name="Missing"/>.</param>
/// <param name="InStock">False during a stock-out (then <paramref name="Units"/> is 0).</param>
/// <param name="Promotion">True while a promotion (a discounted deal) runs.</param>
/// <param name="Reviews">Number of reviews so far.</param>
/// <param name="Rating">Average star rating, to one decimal; 0 before the first review.</param>
/// <param name="CompetitorPrice">The closest competitor's price; NaN when <paramref name="Missing"/>.</param>
/// <param name="Missing">True when the feed has no data for the day (a gap glitch); the flags, reviews and rating then hold the hidden true values.</param>
public readonly record struct SimulatedDay(
    DateTime Day,
    double Units,
    double Price,
    long SalesRank,
    bool InStock,
    bool Promotion,
    int Reviews,
    double Rating,
    double CompetitorPrice,
    bool Missing);
