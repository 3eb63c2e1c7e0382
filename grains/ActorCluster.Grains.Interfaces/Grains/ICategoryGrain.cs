namespace ActorCluster;

/// <summary>
/// One category (key = category name). ASIN grains report their latest price and recent units now and then
/// (not per observation) and get back the category's figures, from which they compute their price
/// competitiveness index and market share.
/// </summary>
public interface ICategoryGrain : IGrainWithStringKey
{
    /// <summary>Records the ASIN's latest figures and returns the category's current ones.</summary>
    Task<CategorySnapshot> Report(string asin, double price, double units);

    Task<CategorySnapshot> GetSnapshot();

    /// <summary>
    /// Silences the alerts of every ASIN in the category until a time: kept by the category (persisted), handed to
    /// the ASINs that reported recently at once and to the others with their next report.
    /// </summary>
    Task<SnoozeView> Snooze(SnoozeRequest request);
}
