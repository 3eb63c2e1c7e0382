using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ActorCluster.Grains.Simulation;

/// <summary>
/// Drives one simulated market on a virtual clock with a grain timer: each step asks every worker to feed the next
/// day(s) and waits for all of them (backpressure: the market never runs ahead of the cluster). Paced at the plan's
/// days per second, or as fast as the cluster takes it. The timer interleaves, so status and commands answer
/// while a step is in flight. In memory: a controller whose silo dies stops its simulation (start it again; the
/// grains' idempotent ingest makes a re-run harmless).
/// </summary>
public sealed partial class SimulationControllerGrain(TimeProvider clock, ILogger<SimulationControllerGrain> logger)
    : Grain, ISimulationControllerGrain
{
    /// <summary>Days one step feeds at most at full speed (one batch per ASIN per step).</summary>
    public const int MaxDaysPerStep = 7;

    private SimulationStatus _status = new();
    private IGrainTimer? _timer;
    private bool _stepping;
    private readonly Stopwatch _running = new();
    private TimeSpan _lastStepAt;
    private double _owed;

    public Task<SimulationStatus> Start(SimulationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Problem() is { } problem) throw new ArgumentException(problem, nameof(plan));
        if (_status.State is "Running" or "Paused")
            throw new InvalidOperationException($"simulation '{this.GetPrimaryKeyString()}' is {_status.State.ToLowerInvariant()}: stop it first");
        var first = plan.FirstDay(clock.GetUtcNow().UtcDateTime);
        if (first.AddDays(plan.Days - 1) > clock.GetUtcNow().UtcDateTime.Date.AddDays(1))
            throw new ArgumentException($"the simulated days run past tomorrow ({first.AddDays(plan.Days - 1):yyyy-MM-dd}); the grains would reject them as future periods");
        plan.StartDate = first;   // fixed now, so the workers agree on the calendar even across midnight
        _status = new SimulationStatus
        {
            Id = this.GetPrimaryKeyString(), State = "Running", Plan = plan, StartedAt = clock.GetUtcNow().UtcDateTime,
            Workers = MarketFeed.WorkerCount(plan), Labels = -1,
        };
        (_owed, _lastStepAt) = (1, TimeSpan.Zero);
        _running.Restart();
        _timer?.Dispose();
        var period = plan.DaysPerSecond > 0 ? TimeSpan.FromMilliseconds(Math.Clamp(1000 / plan.DaysPerSecond, 20, 1000)) : TimeSpan.FromMilliseconds(1);
        _timer = this.RegisterGrainTimer(StepAsync, new GrainTimerCreationOptions(TimeSpan.Zero, period) { Interleave = true, KeepAlive = true });
        LogStarted(logger, _status.Id, plan.Asins, plan.Categories, plan.Days, plan.DaysPerSecond);
        return Task.FromResult(Snapshot());
    }

    public Task<SimulationStatus> Pause()
    {
        if (_status.State == "Running") { _status.State = "Paused"; _running.Stop(); }
        return Task.FromResult(Snapshot());
    }

    public Task<SimulationStatus> Resume()
    {
        if (_status.State == "Paused") { _status.State = "Running"; _running.Start(); _lastStepAt = _running.Elapsed; }
        return Task.FromResult(Snapshot());
    }

    public Task<SimulationStatus> Stop()
    {
        if (_status.State is "Running" or "Paused") Finish("Stopped");
        return Task.FromResult(Snapshot());
    }

    public Task<SimulationStatus> GetStatus() => Task.FromResult(Snapshot());

    public Task<AnomalyLabelView[]> GetLabels(string? asin = null)
    {
        if (_status.Plan is not { } plan) return Task.FromResult(Array.Empty<AnomalyLabelView>());
        var labels = MarketFeed.Labels(plan, asin);
        return Task.FromResult(labels);
    }

    private async Task StepAsync(CancellationToken ct)
    {
        if (_stepping || _status.State != "Running" || _status.Plan is not { } plan) return;
        int days = DaysDue(plan);
        if (days == 0) return;
        _stepping = true;
        try
        {
            int from = _status.Day;
            var steps = await Task.WhenAll(Enumerable.Range(0, _status.Workers).Select(w => AdvanceAsync(plan, w, from, days)));
            if (_status.State is not ("Running" or "Paused")) return;   // stopped meanwhile
            foreach (var s in steps)
            {
                _status.Observations += s.Observations;
                _status.Accepted += s.Accepted;
                _status.Rejected += s.Rejected;
                _status.Failed += s.Failed;
                _status.Duplicates += s.Duplicates;
            }
            _status.Day = from + days;
            if (_status.Day >= plan.Days) Finish("Completed");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _status.Error = e.Message;
            Finish("Failed");
        }
        finally
        {
            _stepping = false;
        }
    }

    /// <summary>Days to feed now: at full speed a week per step; otherwise what the elapsed time has earned.</summary>
    private int DaysDue(SimulationPlan plan)
    {
        int left = plan.Days - _status.Day;
        if (plan.DaysPerSecond <= 0) return Math.Min(MaxDaysPerStep, left);
        var now = _running.Elapsed;
        _owed += (now - _lastStepAt).TotalSeconds * plan.DaysPerSecond;
        _lastStepAt = now;
        int due = (int)Math.Min(Math.Floor(_owed), Math.Min(MaxDaysPerStep, left));
        _owed -= due;
        return due;
    }

    /// <summary>One worker's step, tried three times: ingest is idempotent, so a repeated day is counted as a duplicate, never twice.</summary>
    private async Task<WorkerStep> AdvanceAsync(SimulationPlan plan, int worker, int from, int days)
    {
        var grain = GrainFactory.GetGrain<IMarketWorkerGrain>($"{this.GetPrimaryKeyString()}/{worker}");
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await grain.Advance(plan, worker, from, days);
            }
            catch (Exception e) when (attempt < 3 && e is not ArgumentException)
            {
                LogWorkerRetry(logger, this.GetPrimaryKeyString(), worker, attempt, e.Message);
                await Task.Delay(200 * attempt);
            }
        }
    }

    private void Finish(string state)
    {
        _status.State = state;
        _running.Stop();
        _timer?.Dispose();
        _timer = null;
        LogFinished(logger, _status.Id, state, _status.Day, _status.Observations, _status.Error);
    }

    private SimulationStatus Snapshot()
    {
        var s = _status;
        double seconds = _running.Elapsed.TotalSeconds;
        return new SimulationStatus
        {
            Id = this.GetPrimaryKeyString(), State = s.State, Plan = s.Plan, Day = s.Day, Observations = s.Observations,
            Accepted = s.Accepted, Rejected = s.Rejected, Failed = s.Failed, Duplicates = s.Duplicates, StartedAt = s.StartedAt, ElapsedSeconds = seconds,
            ObservationsPerSecond = seconds > 0 ? s.Observations / seconds : 0, Error = s.Error, Workers = s.Workers,
            Labels = s.Labels, SimulatedDate = s.Plan?.StartDate is { } first && s.Day > 0 ? first.AddDays(s.Day - 1) : null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulation {Id} started: {Asins} ASINs in {Categories} categories, {Days} days at {Speed} days/s (0 = max)")]
    private static partial void LogStarted(ILogger logger, string id, int asins, int categories, int days, double speed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulation {Id} {State} at day {Day}: {Observations} observations fed {Error}")]
    private static partial void LogFinished(ILogger logger, string id, string state, int day, long observations, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation {Id}: worker {Worker} failed (attempt {Attempt}), retrying: {Error}")]
    private static partial void LogWorkerRetry(ILogger logger, string id, int worker, int attempt, string error);
}
