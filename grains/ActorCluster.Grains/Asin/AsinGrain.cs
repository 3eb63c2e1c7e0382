using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Grains.Alerts;
using Orleans.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorCluster.Grains.Asin;

/// <summary>
/// One product. Orchestrates: validate, normalise, place in the window, persist once per call.
/// Not reentrant, so calls (and their single state write each) never overlap.
/// </summary>
public sealed partial class AsinGrain(
    [PersistentState(GrainNames.AsinState, GrainNames.Storage)] IPersistentState<AsinGrainState> state,
    IOptions<AsinOptions> options,
    IOptions<AlertOptions> alertOptions,
    IAlertPublisher publisher,
    ForecastFitter fitter,
    TimeProvider clock,
    ILogger<AsinGrain> logger) : Grain, IAsinGrain
{
    private readonly AsinOptions _options = options.Value;
    private ObservationWindow _window = null!;
    private AsinIngestor _ingestor = null!;
    private AsinAnalytics _analytics = null!;
    private CategorySnapshot? _category;
    private DateTimeOffset _lastCategoryReport = DateTimeOffset.MinValue;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        if (!AsinId.TryNormalize(key, out var asin, out var error) || asin != key)
            throw new ArgumentException($"grain key '{key}' is not a normalised ASIN: {error ?? "use " + asin}");

        var s = state.State;
        if (!state.RecordExists) s.Period = _options.Period;
        // A stored window that cannot be decoded fails the activation loudly rather than being replaced.
        _window = ObservationWindow.FromBlocks(s.Period, _options.WindowLength, s.WindowBlocks);
        _ingestor = new AsinIngestor(s, _window, _options, clock);
        _analytics = new AsinAnalytics(_options.Analytics, fitter);
        RebuildAnalytics();
        ActivateAlerts(asin);
        return Task.CompletedTask;
    }

    public async Task<IngestResult> Ingest(Observation observation)
    {
        var result = _ingestor.Apply(observation);
        bool rebuild = Analyse(result);
        if (rebuild) RebuildAnalytics(); else _analytics.RefitIfDue(WindowInputs);
        await PersistAsync();
        ActorClusterMetrics.RecordIngest([result]);
        PublishAlerts();
        ReportToDirectory();
        await ReportToCategoryAsync();
        return result;
    }

    public async Task<IngestResult[]> IngestBatch(Observation[] observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Length > _options.MaxBatchSize)
        {
            var reason = $"batch of {observations.Length} exceeds the limit of {_options.MaxBatchSize}";
            return [.. observations.Select(o => new IngestResult(IngestStatus.Rejected, o?.PeriodStart ?? default, reason))];
        }
        var results = new IngestResult[observations.Length];
        // Sorting first applies a scattered batch in period order, so "late" means late against stored data.
        var order = Enumerable.Range(0, observations.Length)
            .OrderBy(i => observations[i]?.PeriodStart ?? DateTime.MinValue).ToArray();
        bool rebuild = false;
        foreach (var i in order)
        {
            results[i] = _ingestor.Apply(observations[i]);
            // Once a rebuild is due, pushing the rest one by one is wasted work: the rebuild replays them.
            rebuild = rebuild || Analyse(results[i]);
        }
        if (rebuild) RebuildAnalytics(); else _analytics.RefitIfDue(WindowInputs);
        await PersistAsync();
        ActorClusterMetrics.RecordIngest(results);
        PublishAlerts();
        ReportToDirectory();
        await ReportToCategoryAsync();
        return results;
    }

    public Task<AsinStatus> GetStatus()
    {
        var s = state.State;
        return Task.FromResult(new AsinStatus
        {
            Asin = this.GetPrimaryKeyString(),
            Counts = s.Counts,
            Latest = _window.Latest is { } l ? l with { Currency = s.Currency, Category = s.Category } : null,
            WindowCount = _window.Count,
            WindowStart = _window.Oldest,
            WindowEnd = _window.Latest?.PeriodStart,
            Period = s.Period,
            Currency = s.Currency,
            Category = s.Category,
            RecentRejections = [.. s.Rejections],
            HostedOn = RuntimeIdentity,
        });
    }

    public Task<AsinAnalyticsView> GetAnalytics() =>
        Task.FromResult(AnalyticsViewMapper.Map(this.GetPrimaryKeyString(), _analytics, _category));

    // After the write, so a slow or failing category never delays or fails an acknowledged ingest.
    private async Task ReportToCategoryAsync()
    {
        var category = state.State.Category;
        var now = clock.GetUtcNow();
        if (category is null || (now - _lastCategoryReport < _options.CategoryReportInterval && _category?.Category == category)) return;
        _lastCategoryReport = now;
        try
        {
            _category = await GrainFactory.GetGrain<ICategoryGrain>(category)
                .Report(this.GetPrimaryKeyString(), _analytics.LastPrice, _analytics.Features.UnitsMean7);
            await AdoptCategorySnoozesAsync(_category.Snoozes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCategoryFailed(logger, this.GetPrimaryKeyString(), category, e.Message);
        }
    }

    public Task<ForecastView> GetPlannedForecast(ForecastPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Problem() is { } problem) throw new ArgumentException(problem, nameof(plan));
        var promotion = new bool[plan.Horizon];
        foreach (var step in plan.PromotionSteps) promotion[step - 1] = true;
        var price = Enumerable.Repeat(_analytics.LastPrice * (1 + plan.PriceChange), plan.Horizon).ToArray();
        var forecast = _analytics.PlannedForecast(promotion, price);
        var note = forecast is null ? _analytics.ForecastNote : _analytics.Effects.Note;
        return Task.FromResult(AnalyticsViewMapper.MapForecast(_analytics, forecast, forecast is not null, note));
    }

    public Task<Observation[]> GetWindow() => Task.FromResult(_window.Rows().ToArray());

    /// <summary>Pushes an in-order new period; returns true when a late row or a correction needs a rebuild.</summary>
    private bool Analyse(IngestResult result)
    {
        if (!result.IsStored) return false;
        if (result.Late || result.Status == IngestStatus.Corrected) return true;
        if (_window.Latest is { } row && row.PeriodStart == result.PeriodStart && !(_analytics.LastPeriod >= row.PeriodStart))
        {
            var input = ToInput(row);
            var step = _analytics.Push(input);
            EvaluateAlerts(step, input);
        }
        return false;
    }

    private void RebuildAnalytics()
    {
        var inputs = WindowInputs();
        _analytics.Rebuild(inputs);
        _analytics.RefitIfDue(() => inputs);
        _lastPushed = inputs.Length > 0 ? inputs[^1] : null;
    }

    private AnalyticsInput[] WindowInputs() => [.. _window.Rows().Select(ToInput)];

    private static AnalyticsInput ToInput(Observation o) => new(
        o.PeriodStart, o.Units ?? double.NaN, o.Price ?? double.NaN, o.SalesRank ?? double.NaN, o.Promotion ?? false, o.InStock ?? true);

    private async Task PersistAsync()
    {
        state.State.WindowBlocks = _window.EncodeBlocks();
        SaveAlerts();
        try
        {
            await ActorClusterMetrics.TimeStateWrite(state.WriteStateAsync, GrainNames.AsinState);
        }
        catch (Exception e)
        {
            // The call fails, so nothing in it was acknowledged; dropping the activation makes the next call start
            // again from what the store holds, instead of from memory that is ahead of it.
            LogWriteFailed(logger, this.GetPrimaryKeyString(), e.Message);
            _unpublished.Clear();
            DeactivateOnIdle();
            // An etag conflict is Orleans' own, serialisable type; anything else from the driver is carried as ours.
            if (e is Orleans.Storage.InconsistentStateException) throw;
            throw new GrainStorageException($"asin/{this.GetPrimaryKeyString()}", e, StorageFailures.IsTransient(e));
        }
        if (logger.IsEnabled(LogLevel.Trace))
            LogPersisted(logger, this.GetPrimaryKeyString(), _window.Count, state.State.WindowBlocks.Sum(b => b.Length));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ASIN {Asin}: state write failed, the call is refused and the activation dropped: {Error}")]
    private static partial void LogWriteFailed(ILogger logger, string asin, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ASIN {Asin} could not report to category {Category}: {Error}")]
    private static partial void LogCategoryFailed(ILogger logger, string asin, string category, string error);

    [LoggerMessage(Level = LogLevel.Trace, Message = "ASIN {Asin} persisted: {Rows} rows in {Bytes} bytes")]
    private static partial void LogPersisted(ILogger logger, string asin, int rows, int bytes);
}
