using ActorCluster.Reports;

namespace ActorCluster.Silo.Reports;

/// <summary>The silo's scheduled HTML report. Bound from the "Reports" configuration section.</summary>
public sealed class DailyReportOptions
{
    public const string Section = "Reports";

    /// <summary>Write reports at all (default false: a silo writes no files unless asked).</summary>
    public bool Enabled { get; set; }

    /// <summary>Time of day (UTC) the schedule is aligned to (default 06:00).</summary>
    public TimeSpan At { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Time between reports (default 1 day: a daily report at <see cref="At"/>).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Also write one as soon as the silo has started (default false).</summary>
    public bool RunAtStart { get; set; }

    /// <summary>Range of each report, as <c>actorcluster report --since</c> takes it (default "7d").</summary>
    public string Since { get; set; } = "7d";

    /// <summary>Folder of the reports (default: the data directory's <c>reports</c> folder).</summary>
    public string? Directory { get; set; }

    /// <summary>Reports kept; older ones are deleted (default 30).</summary>
    public int Keep { get; set; } = 30;

    /// <summary>Throws with every problem found; called at silo start.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (At < TimeSpan.Zero || At >= TimeSpan.FromDays(1)) errors.Add($"Reports:At must be a time of day (00:00..23:59), was {At}");
        if (Interval < TimeSpan.FromSeconds(1)) errors.Add($"Reports:Interval must be at least one second, was {Interval}");
        if (!SinceArgument.TryParse(Since, out _, out var error)) errors.Add("Reports:Since: " + error);
        if (Keep < 1) errors.Add($"Reports:Keep must be positive, was {Keep}");
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
    }
}
