using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorCluster.Client.Connection;
using ActorCluster.Client.Operations;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster cluster status [--json]</c>: the silos the membership table knows (address, status, start, last
/// heartbeat) and, for active ones, activations, CPU, memory, clients and grain counts per type.
/// </summary>
public static class ClusterStatusCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var status = new Command("status", "Silos, their status and load, and grain counts per type") { json };
        status.SetAction((parse, ct) => ClusterCommand.RunAsync(parse, ct, async client =>
        {
            var target = ConnectionOptions.Read(parse);
            var report = await ClusterStatusService.ReadAsync(client, target.ClusterId, ct);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(report, Json));
            else Print(report);
            return ExitCodes.Ok;
        }));
        return new Command("cluster", "Operate the cluster") { status };
    }

    private static void Print(ClusterStatusReport r)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"cluster {r.Cluster}: {r.ActiveSilos} active of {r.Silos.Count} silos known, {r.Activations} activations"));
        Console.WriteLine($"{"address",-28} {"status",-12} {"started (UTC)",-19} {"alive (UTC)",-8} {"activations",11} {"cpu %",6} {"memory MB",10} {"clients",7}");
        foreach (var s in r.Silos)
            Console.WriteLine(string.Create(c, $"{s.Address,-28} {s.Status,-12} {s.StartedUtc,-19:yyyy-MM-dd HH:mm:ss} {s.LastAliveUtc,-8:HH:mm:ss} " +
                                 $"{N(s.Activations),11} {(s.CpuPercent is { } cpu ? cpu.ToString("0.0", c) : "-"),6} " +
                                 $"{(s.MemoryBytes is { } m ? (m / 1048576.0).ToString("0", c) : "-"),10} {N(s.Clients),7}"));
        if (r.GrainsByType.Count == 0) return;
        Console.WriteLine("grains by type (all active silos):");
        foreach (var (type, count) in r.GrainsByType.OrderByDescending(p => p.Value))
            Console.WriteLine(string.Create(c, $"  {type,-40} {count,8}"));
    }

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
