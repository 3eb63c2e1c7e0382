using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActorCluster.Silo.Health;

/// <summary>Readiness: the silo activates and answers a grain call (it has joined the cluster).</summary>
public sealed class GrainHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var probe = new Observation { PeriodStart = DateTime.UtcNow };
            await grains.GetGrain<IEchoGrain>("health").Echo(probe).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy("grain calls answer");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"grain call failed: {e.Message}");
        }
    }
}
