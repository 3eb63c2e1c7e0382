namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Two-line switch that keeps a value hovering at its trigger from flapping: it enters the "above" state
/// when the value is strictly greater than the trigger line, and leaves it only when the value is strictly
/// below <c>(1 − buffer) × trigger</c> (90% of the line with the default 10% buffer).
/// </summary>
public sealed class HysteresisBand
{
    /// <summary>Creates a band in the "below" state.</summary>
    /// <param name="buffer">Width of the band as a fraction of the trigger, in [0, 1); 0.10 by default.</param>
    public HysteresisBand(double buffer = 0.10)
    {
        if (!(buffer >= 0 && buffer < 1)) throw new ArgumentOutOfRangeException(nameof(buffer), buffer, "must be in [0, 1)");
        Buffer = buffer;
    }

    /// <summary>Band width as a fraction of the trigger.</summary>
    public double Buffer { get; }

    /// <summary>True between an entry and the next exit.</summary>
    public bool IsAbove { get; set; }

    /// <summary>The line below which the "above" state is left.</summary>
    public double ExitLevel(double trigger) => (1 - Buffer) * trigger;

    /// <summary>
    /// Feeds one value against the current trigger. A NaN value or trigger, or a negative trigger, changes
    /// nothing. A zero trigger (a series that has not moved) is valid: any positive value enters.
    /// </summary>
    public HysteresisTransition Update(double value, double trigger)
    {
        if (double.IsNaN(value) || !(trigger >= 0)) return HysteresisTransition.None;
        if (!IsAbove && value > trigger) { IsAbove = true; return HysteresisTransition.Entered; }
        if (IsAbove && value < ExitLevel(trigger)) { IsAbove = false; return HysteresisTransition.Exited; }
        return HysteresisTransition.None;
    }
}
