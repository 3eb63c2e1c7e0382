using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ActorCluster.Silo.Actions;

public static class WebhookExtensions
{
    /// <summary>The red-alert action hook: options (validated at start), the queue, the sender and its resilient HttpClient.</summary>
    public static IServiceCollection AddAlertWebhook(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton<AlertActionQueue>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        services.AddHttpClient(WebhookSender.ClientName)
            .AddResilienceHandler("retries", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, o.MaxRetries),
                    Delay = o.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = o.MaxRetries == 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
                });
                pipeline.AddTimeout(o.AttemptTimeout);
            });
        return services;
    }
}
