namespace ActorCluster.Silo.Hosting;

/// <summary>
/// Once the host is stopping, new HTTP requests get <c>503</c> with <c>Connection: close</c>; requests already running
/// finish. Without this, SignalR clients whose connections are closed at shutdown reconnect at once to the same,
/// still-listening silo, and the web server then waits for those new connections for the whole shutdown timeout,
/// leaving Orleans no time for its own graceful stop. Refused, they fail over to another silo and replay what they
/// missed there; /health/ready turns 503 too, which takes the silo out of a load balancer.
/// </summary>
internal sealed class GracefulShutdownDrain(IHostApplicationLifetime lifetime) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.Connection = "close";
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsync("this silo is shutting down; use another", context.RequestAborted);
                return;
            }
            await nextMiddleware(context);
        });
        next(app);
    };
}
