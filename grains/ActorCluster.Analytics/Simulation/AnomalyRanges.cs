namespace ActorCluster.Analytics.Simulation;

/// <summary>Ranges of the injected anomalies' factors and lengths (see <see cref="AnomalyKind"/> for what each does).</summary>
public sealed record AnomalyRanges
{
    /// <summary>Factor on the expected units of a spike, &gt; 1. Default: [3, 8].</summary>
    public ParameterRange SpikeFactor { get; init; } = new(3, 8);

    /// <summary>Length of a spike in days, at least 1. Default: [1, 2].</summary>
    public ParameterRange SpikeDays { get; init; } = new(1, 2);

    /// <summary>Factor on the expected units of a drop, in (0, 1). Default: [0.05, 0.3].</summary>
    public ParameterRange DropFactor { get; init; } = new(0.05, 0.3);

    /// <summary>Length of a drop in days, at least 1. Default: [1, 3].</summary>
    public ParameterRange DropDays { get; init; } = new(1, 3);

    /// <summary>Factor of an upward level shift, &gt; 1. Default: [1.5, 2.5].</summary>
    public ParameterRange LevelShiftUp { get; init; } = new(1.5, 2.5);

    /// <summary>Factor of a downward level shift, in (0, 1). Default: [0.4, 0.7].</summary>
    public ParameterRange LevelShiftDown { get; init; } = new(0.4, 0.7);

    /// <summary>Length of a level shift in days, at least 1. Default: [20, 90].</summary>
    public ParameterRange LevelShiftDays { get; init; } = new(20, 90);

    /// <summary>Factor on the over-dispersion variance μ²/r during a variance change, &gt; 1. Default: [4, 16].</summary>
    public ParameterRange VarianceFactor { get; init; } = new(4, 16);

    /// <summary>Length of a variance change in days, at least 1. Default: [14, 60].</summary>
    public ParameterRange VarianceDays { get; init; } = new(14, 60);

    /// <summary>Relative size of an extreme move (up: factor 1 + m, down: 1 − m), 0.15 to 0.95. Default: [0.15, 0.5].</summary>
    public ParameterRange ExtremeMoveSize { get; init; } = new(0.15, 0.5);

    /// <summary>Length of an extreme move in days, at least 1. Default: [1, 14].</summary>
    public ParameterRange ExtremeMoveDays { get; init; } = new(1, 14);

    /// <summary>Length of a gap of missing data in days, at least 1. Default: [1, 7].</summary>
    public ParameterRange MissingDays { get; init; } = new(1, 7);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid range.</summary>
    public void Validate()
    {
        SpikeFactor.Validate(nameof(SpikeFactor), 1.0001, 1e4);
        SpikeDays.Validate(nameof(SpikeDays), 1, 365);
        DropFactor.Validate(nameof(DropFactor), 1e-6, 0.9999);
        DropDays.Validate(nameof(DropDays), 1, 365);
        LevelShiftUp.Validate(nameof(LevelShiftUp), 1.0001, 1e4);
        LevelShiftDown.Validate(nameof(LevelShiftDown), 1e-6, 0.9999);
        LevelShiftDays.Validate(nameof(LevelShiftDays), 1, 3650);
        VarianceFactor.Validate(nameof(VarianceFactor), 1.0001, 1e4);
        VarianceDays.Validate(nameof(VarianceDays), 1, 3650);
        ExtremeMoveSize.Validate(nameof(ExtremeMoveSize), 0.15, 0.95);
        ExtremeMoveDays.Validate(nameof(ExtremeMoveDays), 1, 365);
        MissingDays.Validate(nameof(MissingDays), 1, 365);
    }
}
