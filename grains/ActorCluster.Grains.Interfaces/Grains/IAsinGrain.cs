namespace ActorCluster;

/// <summary>
/// One Amazon product. Keyed by its normalised ASIN (see <see cref="AsinId"/>).
/// Every ingest call returns only after the state holding its data has been written
/// (acknowledged means durable), with one storage write per call whatever the batch size.
/// </summary>
public interface IAsinGrain : IGrainWithStringKey
{
    /// <summary>Ingests one observation.</summary>
    Task<IngestResult> Ingest(Observation observation);

    /// <summary>Ingests a batch; the results are in the order of <paramref name="observations"/>.</summary>
    Task<IngestResult[]> IngestBatch(Observation[] observations);

    /// <summary>Counts, latest observation, window extent and recent rejections.</summary>
    Task<AsinStatus> GetStatus();

    /// <summary>Latest features, forecast with intervals, thresholds per metric, model accuracy and drift status.</summary>
    Task<AsinAnalyticsView> GetAnalytics();

    /// <summary>
    /// The forecast under a plan (promotion days, a price change), scaled by the ASIN's estimated promotion uplift
    /// and price elasticity; an unusable plan throws <see cref="ArgumentException"/> naming the problem.
    /// </summary>
    Task<ForecastView> GetPlannedForecast(ForecastPlan plan);

    /// <summary>The stored window, oldest period first.</summary>
    Task<Observation[]> GetWindow();
}
