namespace ActorCluster.Analytics.Simulation;

/// <summary>What already occupies a day while an ASIN's events are scheduled, so events that would blur each other's ground truth do not collide.</summary>
[Flags]
internal enum DayUse : byte
{
    None = 0,
    Promotion = 1,
    StockOut = 2,
    Holiday = 4,
    Anomaly = 8,
}
