namespace ActorCluster;

/// <summary>
/// Runs one simulated market (key = simulation id, e.g. "default") on a virtual clock: drives the market workers,
/// which feed the ASIN grains through the same ingest path as real data. Start, pause, resume, stop, status.
/// </summary>
public interface ISimulationControllerGrain : IGrainWithStringKey
{
    /// <summary>Starts a simulation (an invalid plan throws <see cref="ArgumentException"/>; a running one must be stopped first).</summary>
    Task<SimulationStatus> Start(SimulationPlan plan);

    Task<SimulationStatus> Pause();

    Task<SimulationStatus> Resume();

    Task<SimulationStatus> Stop();

    Task<SimulationStatus> GetStatus();

    /// <summary>The ground-truth anomaly labels of the market (for evaluation), optionally for one ASIN.</summary>
    Task<AnomalyLabelView[]> GetLabels(string? asin = null);
}

/// <summary>
/// Generates and feeds a slice of the simulated ASINs (key = "{simulation}/{worker}"). Stateless apart from caches:
/// everything it needs comes with each call, so a worker that moved to another silo carries on.
/// </summary>
public interface IMarketWorkerGrain : IGrainWithStringKey
{
    /// <summary>Feeds days [<paramref name="fromDay"/>, <paramref name="fromDay"/> + <paramref name="days"/>) of its ASINs.</summary>
    Task<WorkerStep> Advance(SimulationPlan plan, int worker, int fromDay, int days);
}

/// <summary>What a simulation generates and how fast it runs.</summary>
[GenerateSerializer, Immutable]
public sealed class SimulationPlan
{
    [Id(0)] public int Asins { get; set; } = 200;
    [Id(1)] public int Categories { get; set; } = 8;
    [Id(2)] public int Days { get; set; } = 120;
    [Id(3)] public ulong Seed { get; set; } = 1;

    /// <summary>Injected anomalies per ASIN-day (default 0.01).</summary>
    [Id(4)] public double AnomalyRate { get; set; } = 0.01;

    /// <summary>More single-period moves above 15% (the extreme-scenario set).</summary>
    [Id(5)] public bool Extreme { get; set; }

    /// <summary>Simulated days per real second; 0 runs as fast as the cluster takes it.</summary>
    [Id(6)] public double DaysPerSecond { get; set; } = 5;

    /// <summary>"category" (one worker grain per category, default) or "asin" (one worker grain per ASIN).</summary>
    [Id(7)] public string Workers { get; set; } = "category";

    /// <summary>First simulated day (UTC date); default: so that the last simulated day is today.</summary>
    [Id(8)] public DateTime? StartDate { get; set; }

    /// <summary>The plan's first day.</summary>
    public DateTime FirstDay(DateTime today) => (StartDate ?? today.Date.AddDays(1 - Days)).Date;

    /// <summary>Every problem with the plan, or null.</summary>
    public string? Problem()
    {
        var errors = new List<string>();
        if (Asins is < 1 or > 1_000_000) errors.Add($"asins must be 1..1,000,000, was {Asins}");
        if (Categories < 1 || Categories > Asins) errors.Add($"categories must be 1..asins, was {Categories}");
        if (Days is < 1 or > 3650) errors.Add($"days must be 1..3650, was {Days}");
        if (!(AnomalyRate is >= 0 and <= 0.5)) errors.Add($"anomaly rate must be 0..0.5, was {AnomalyRate}");
        if (!(DaysPerSecond is >= 0 and <= 10_000)) errors.Add($"speed must be 0 (max) or up to 10,000 days/s, was {DaysPerSecond}");
        if (Workers is not ("category" or "asin")) errors.Add($"workers must be 'category' or 'asin', was '{Workers}'");
        return errors.Count == 0 ? null : string.Join("; ", errors);
    }
}

/// <summary>What a worker did in one step.</summary>
[GenerateSerializer, Immutable]
public sealed record WorkerStep(
    [property: Id(0)] int Observations,
    [property: Id(1)] int Accepted,
    [property: Id(2)] int Rejected,
    [property: Id(3)] int Failed,
    [property: Id(4)] int Duplicates = 0);

/// <summary>Where a simulation stands.</summary>
[GenerateSerializer, Immutable]
public sealed class SimulationStatus
{
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Idle, Running, Paused, Completed, Stopped or Failed.</summary>
    [Id(1)] public string State { get; set; } = "Idle";
    [Id(2)] public SimulationPlan? Plan { get; set; }

    /// <summary>Days fed so far.</summary>
    [Id(3)] public int Day { get; set; }
    [Id(4)] public long Observations { get; set; }
    [Id(5)] public long Accepted { get; set; }
    [Id(6)] public long Rejected { get; set; }

    /// <summary>Grain calls that failed (retried on the next step).</summary>
    [Id(7)] public long Failed { get; set; }
    [Id(8)] public DateTime? StartedAt { get; set; }
    [Id(9)] public double ElapsedSeconds { get; set; }
    [Id(10)] public double ObservationsPerSecond { get; set; }
    [Id(11)] public string? Error { get; set; }
    [Id(12)] public int Workers { get; set; }
    [Id(13)] public int Labels { get; set; }

    /// <summary>The virtual clock: the simulated date reached.</summary>
    [Id(14)] public DateTime? SimulatedDate { get; set; }

    /// <summary>Observations the grains already held unchanged (a re-run of the same market).</summary>
    [Id(15)] public long Duplicates { get; set; }
}

/// <summary>One injected anomaly (ground truth).</summary>
[GenerateSerializer, Immutable]
public sealed record AnomalyLabelView(
    [property: Id(0)] string Asin,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateTime Start,
    [property: Id(3)] DateTime End,
    [property: Id(4)] string Metric,
    [property: Id(5)] double Magnitude);
