using Microsoft.Extensions.Logging;

namespace ActorCluster.Grains.Catalog;

/// <summary>What a directory partition persists: the latest line of each of its ASINs.</summary>
[GenerateSerializer]
public sealed class AsinDirectoryState
{
    [Id(0)] public Dictionary<string, AsinSummary> Lines { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Version { get; set; }
}

/// <summary>
/// One partition of the directory of monitored ASINs. Lines arrive one-way from the ASIN grains; each change gets
/// the partition's next version number, so a reader asks only for what changed since it last looked. The lines are
/// written to storage on a timer (and on deactivation) rather than per update: a line lost to a crash comes back with
/// the ASIN's next report.
/// </summary>
public sealed partial class AsinDirectoryGrain(
    [PersistentState("directory", GrainNames.Storage)] IPersistentState<AsinDirectoryState> state,
    ILogger<AsinDirectoryGrain> logger) : Grain, IAsinDirectoryGrain
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(5);

    private const long VersionGap = 1_000_000;

    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Versions handed out after the last flush were lost with the activation: jump past them, so a reader that
        // saw them still gets every line that changes from now on.
        if (state.RecordExists) state.State.Version += VersionGap;
        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(FlushInterval, FlushInterval) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
    }

    public Task Upsert(AsinSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var s = state.State;
        // One-way messages from one ASIN may overtake each other: keep the newer line.
        if (s.Lines.TryGetValue(summary.Asin, out var old) && old.UpdatedAt > summary.UpdatedAt) return Task.CompletedTask;
        s.Lines[summary.Asin] = summary with { Version = ++s.Version };
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<AsinDirectoryPage> GetChanges(long afterVersion)
    {
        var s = state.State;
        // A reader that is ahead of us (the partition restarted from an older flush) starts again from zero.
        if (afterVersion > s.Version) afterVersion = 0;
        var changed = s.Lines.Values.Where(l => l.Version > afterVersion).ToList();
        return Task.FromResult(new AsinDirectoryPage((int)this.GetPrimaryKeyLong(), s.Version, changed, s.Lines.Count));
    }

    public Task<AsinSummary[]> AlertsChangedSince(DateTime since, int max)
    {
        max = Math.Clamp(max, 1, 100_000);
        var lines = state.State.Lines.Values.Where(l => l.AlertChangedAt >= since)
            .OrderByDescending(l => l.AlertChangedAt).Take(max)
            .Select(l => l with { RecentUnits = [], Reason = null }).ToArray();
        return Task.FromResult(lines);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!_dirty) return;
        _dirty = false;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _dirty = true;
            LogFlushFailed(logger, this.GetPrimaryKeyLong(), e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory partition {Partition} could not be written, will retry: {Error}")]
    private static partial void LogFlushFailed(ILogger logger, long partition, string error);
}
