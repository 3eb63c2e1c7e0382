using ActorCluster.Silo.Hosting;

namespace ActorCluster.Silo.Reports;

public static class ReportsExtensions
{
    /// <summary>The scheduled HTML report: options (validated at start, folder defaulting into the data directory) and its hosted service.</summary>
    public static IServiceCollection AddScheduledReports(this IServiceCollection services, SiloSettings settings)
    {
        services.AddOptions<DailyReportOptions>().BindConfiguration(DailyReportOptions.Section)
            .PostConfigure(o => o.Directory = Path.GetFullPath(o.Directory ?? Path.Combine(settings.DataDirectory, "reports")))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddHostedService<DailyReportService>();
        return services;
    }
}
