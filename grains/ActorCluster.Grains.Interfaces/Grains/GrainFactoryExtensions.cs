namespace ActorCluster;

public static class GrainFactoryExtensions
{
    /// <summary>
    /// The grain for <paramref name="asin"/> after normalising it; an invalid ASIN throws
    /// <see cref="ArgumentException"/> here, before any grain is touched.
    /// </summary>
    public static IAsinGrain GetAsinGrain(this IGrainFactory factory, string asin) =>
        factory.GetGrain<IAsinGrain>(AsinId.Normalize(asin));
}
