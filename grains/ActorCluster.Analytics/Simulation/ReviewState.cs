namespace ActorCluster.Analytics.Simulation;

/// <summary>The only state an ASIN's series carries from day to day: its reviews so far and their star total.</summary>
internal readonly record struct ReviewState(int Count, double StarSum)
{
    /// <summary>Average rating to one decimal, as a product page shows it; 0 without reviews.</summary>
    public double Rating => Count == 0 ? 0 : Math.Round(StarSum / Count, 1);
}
