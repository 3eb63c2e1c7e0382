using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace ActorCluster.Client.Connection;

/// <summary>An Orleans client connected to the cluster; dispose to disconnect.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects, retrying until <see cref="ClusterTarget.ConnectTimeout"/>; throws with a clear message if it cannot.</summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterTarget target, CancellationToken cancellationToken)
    {
        var host = Build(target);
        // The Orleans client keeps retrying the gateways by itself; the deadline bounds it.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(target.ConnectTimeout);
        try
        {
            await host.StartAsync(deadline.Token);
            return new ClusterConnection(host);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var why = e is OperationCanceledException ? "no gateway answered" : e.Message;
            throw new ClusterUnreachableException($"cannot reach the {target} within {target.ConnectTimeout.TotalSeconds:0}s: {why}", e);
        }
    }

    private static IHost Build(ClusterTarget target)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        // Connection retries and shutdown chatter are Orleans' business; the commands report what matters.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans", LogLevel.Critical).AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => { o.ClusterId = target.ClusterId; o.ServiceId = target.ServiceId; });
            if (target.Postgres is null)
                client.UseLocalhostClustering(target.GatewayPort, target.ServiceId, target.ClusterId);
            else
                client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = target.Postgres; });
        });
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(5)); } catch (OperationCanceledException) { }
        _host.Dispose();
    }
}

public sealed class ClusterUnreachableException(string message, Exception inner) : Exception(message, inner);
