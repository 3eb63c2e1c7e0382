namespace ActorCluster;

/// <summary>Provider and store names shared by the silo, the grains and the tests.</summary>
public static class GrainNames
{
    /// <summary>The grain-storage provider every persistent grain uses.</summary>
    public const string Storage = "asins";

    /// <summary>The state name of <see cref="IAsinGrain"/> within <see cref="Storage"/>.</summary>
    public const string AsinState = "asin";
}
