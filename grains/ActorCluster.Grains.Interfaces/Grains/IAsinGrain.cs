using Orleans.Concurrency;

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

    /// <summary>
    /// Ingests a batch from a simulated market on its virtual clock: like <see cref="IngestBatch"/>, but every in-order
    /// period is judged for alerts whatever its date (the live horizon protects against backfills, not simulations).
    /// </summary>
    Task<IngestResult[]> IngestSimulated(Observation[] observations);

    /// <summary>Counts, latest observation, window extent and recent rejections.</summary>
    Task<AsinStatus> GetStatus();

    /// <summary>Latest features, forecast with intervals, thresholds per metric, model accuracy and drift status.</summary>
    Task<AsinAnalyticsView> GetAnalytics();

    /// <summary>
    /// The forecast under a plan (promotion days, a price change), scaled by the ASIN's estimated promotion uplift
    /// and price elasticity; an unusable plan throws <see cref="ArgumentException"/> naming the problem.
    /// </summary>
    Task<ForecastView> GetPlannedForecast(ForecastPlan plan);

    /// <summary>
    /// A Monte Carlo what-if projection (units and revenue, P10/P50/P90 per period and in total, against no change)
    /// from the fitted model and the ASIN's estimated price elasticity and promotion uplift; an unusable plan throws
    /// <see cref="ArgumentException"/> naming the field.
    /// </summary>
    Task<WhatIfView> GetWhatIf(WhatIfPlan plan);

    /// <summary>The stored window, oldest period first.</summary>
    Task<Observation[]> GetWindow();

    /// <summary>
    /// The ASIN's alerts: open alert, snoozes, override, and the history entries after <paramref name="afterSequence"/>
    /// (0 for all held), at most <paramref name="max"/> of them, oldest first; <paramref name="notifiedOnly"/> keeps
    /// only those pushed to subscribers (a reconnecting client's replay).
    /// </summary>
    Task<AlertsView> GetAlerts(long afterSequence = 0, int max = 200, bool notifiedOnly = false);

    /// <summary>Acknowledges the open alert <paramref name="alertId"/>; null when no open alert has that id.</summary>
    Task<AlertNotice?> Acknowledge(string alertId, string by, string? note);

    /// <summary>Silences this ASIN (scope Asin or Tier) until a time; a bad request throws <see cref="ArgumentException"/>.</summary>
    Task<AlertNotice> Snooze(SnoozeRequest request);

    /// <summary>Applies a category snooze handed down by the category grain (idempotent). One-way, so the category never waits on an ASIN that may be waiting on it.</summary>
    [OneWay]
    Task AdoptCategorySnooze(SnoozeView snooze);

    /// <summary>Replaces the per-ASIN rule override (null returns to the defaults); an invalid one throws <see cref="ArgumentException"/>.</summary>
    Task<AlertsView> SetAlertOverride(AlertOverride? rules);
}
