using System.Globalization;

namespace ActorCluster.Client.Bench;

/// <summary>
/// The 1-minute load average (Linux). Silo, client and database share the machine's cores, so a run
/// next to other busy processes gives compressed figures; the report says so instead of hiding it.
/// </summary>
public static class MachineLoad
{
    public static double? OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>True when other work already kept more than the machine's cores busy.</summary>
    public static bool IsBusy(double? load) => load is { } l && l > Environment.ProcessorCount;
}
