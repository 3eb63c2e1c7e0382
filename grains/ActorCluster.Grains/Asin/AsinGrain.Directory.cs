using ActorCluster.Grains.Alerts;

namespace ActorCluster.Grains.Asin;

/// <summary>
/// The ASIN's line in the directory (the board, export and reports read it there). Sent one-way after the state
/// write: at once when the alert changes, otherwise at most once per <see cref="DirectoryInterval"/>; a skipped
/// report is sent by a one-shot timer, so the line is never more than one interval behind.
/// </summary>
public sealed partial class AsinGrain
{
    public static readonly TimeSpan DirectoryInterval = TimeSpan.FromSeconds(1);

    private DateTimeOffset _lastDirectoryReport = DateTimeOffset.MinValue;
    private (string Tier, string? State, string? Id, DateTime? ChangedAt) _lastDirectoryAlert = ("None", null, null, null);
    private IGrainTimer? _directoryTimer;

    private void ReportToDirectory()
    {
        if (_window.Latest is null) return;
        var alert = DirectoryAlert();
        var now = clock.GetUtcNow();
        if (alert == _lastDirectoryAlert && now - _lastDirectoryReport < DirectoryInterval)
        {
            _directoryTimer ??= this.RegisterGrainTimer(SendDelayedDirectoryLine,
                new GrainTimerCreationOptions(DirectoryInterval, Timeout.InfiniteTimeSpan));
            return;
        }
        SendDirectoryLine(now, alert);
    }

    private Task SendDelayedDirectoryLine(CancellationToken cancellationToken)
    {
        _directoryTimer?.Dispose();
        _directoryTimer = null;
        SendDirectoryLine(clock.GetUtcNow(), DirectoryAlert());
        return Task.CompletedTask;
    }

    /// <summary>The open alert, and when the latest pushed transition (any kind, e.g. an acknowledgement) was raised.</summary>
    private (string Tier, string? State, string? Id, DateTime? ChangedAt) DirectoryAlert()
    {
        var open = _alerts.Current;
        var pushed = _alerts.History.LastOrDefault(AlertRules.IsPushed);
        return (open?.Tier.ToString() ?? "None", open?.State.ToString(), open?.Id, pushed?.RecordedAt);
    }

    private void SendDirectoryLine(DateTimeOffset now, (string Tier, string? State, string? Id, DateTime? ChangedAt) alert)
    {
        _lastDirectoryReport = now;
        _lastDirectoryAlert = alert;
        var asin = this.GetPrimaryKeyString();
        var tail = _window.Tail(AsinDirectory.SparklineLength);
        var latest = tail[^1];
        var units = new float[AsinDirectory.SparklineLength];
        Array.Fill(units, float.NaN);
        foreach (var row in tail)
        {
            long back = Periods.Between(row.PeriodStart, latest.PeriodStart, _window.Period);
            if (back < units.Length && row.Units is { } u) units[units.Length - 1 - (int)back] = (float)u;
        }
        var s = state.State;
        var line = new AsinSummary
        {
            Asin = asin,
            Category = s.Category,
            Tier = alert.Tier,
            AlertState = alert.State,
            AlertId = alert.Id,
            Reason = alert.Id is null ? null : _alerts.History.LastOrDefault(t => t.AlertId == alert.Id)?.Reason,
            LastPeriod = latest.PeriodStart,
            Units = latest.Units,
            Price = latest.Price,
            Rank = latest.SalesRank,
            RecentUnits = units,
            Stored = s.Counts.Accepted,
            UpdatedAt = now.UtcDateTime,
            AlertChangedAt = alert.ChangedAt,
        };
        // One-way: the directory never holds up an ingest, and a lost line is replaced by the next one.
        _ = AsinDirectory.For(GrainFactory, asin).Upsert(line);
    }
}
