namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// One item's daily history from the M5 long layout: dates in increasing order, unit sales, sell price
/// (NaN where the file leaves it empty, e.g. before the item was stocked) and the extra numeric columns
/// (<c>event_type_*</c> flags) by header name.
/// </summary>
public sealed record M5Series(
    string Id,
    DateOnly[] Dates,
    double[] Sales,
    double[] SellPrices,
    IReadOnlyDictionary<string, double[]> Exogenous);
