namespace ActorCluster;

/// <summary>The length of one observation period. Season lengths follow: 7 daily, 24 hourly, 52 weekly.</summary>
public enum PeriodKind : byte
{
    Day = 0,
    Hour = 1,
    /// <summary>ISO weeks starting on Monday 00:00 UTC.</summary>
    Week = 2,
}
