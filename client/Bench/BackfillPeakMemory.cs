using System.Globalization;

namespace ActorCluster.Client.Bench;

/// <summary>A process's peak resident memory (VmHWM in /proc/PID/status, Linux), in bytes; null where unavailable.</summary>
public static class BackfillPeakMemory
{
    public static long? Of(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        return null;
    }
}
