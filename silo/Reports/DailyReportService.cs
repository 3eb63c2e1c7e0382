using System.Globalization;
using ActorCluster.Reports;
using Microsoft.Extensions.Options;

namespace ActorCluster.Silo.Reports;

/// <summary>
/// Writes the HTML report (the same builder as <c>actorcluster report</c>) into <see cref="DailyReportOptions.Directory"/>
/// on a schedule aligned to <see cref="DailyReportOptions.At"/>. Every silo of a cluster that enables it writes its
/// own copy of the same report; enable it on one. A failed run is logged and the schedule goes on.
/// </summary>
public sealed partial class DailyReportService(
    IGrainFactory grains, IOptions<DailyReportOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock,
    ILogger<DailyReportService> logger) : BackgroundService
{
    private readonly DailyReportOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        // Grain calls need the silo running: wait for the host to have started every service.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled()))
            try { await started.Task; } catch (TaskCanceledException) { return; }
        LogScheduled(logger, _options.Directory!, _options.At, _options.Interval);
        if (_options.RunAtStart) await RunOnceAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            try { await Task.Delay(NextRun(now) - now, clock, stoppingToken); }
            catch (TaskCanceledException) { return; }
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>The first instant after <paramref name="now"/> on the grid of <see cref="DailyReportOptions.Interval"/> through today's <see cref="DailyReportOptions.At"/>.</summary>
    public DateTime NextRun(DateTime now)
    {
        var anchor = now.Date + _options.At;
        long steps = (long)Math.Floor((now - anchor).Ticks / (double)_options.Interval.Ticks) + 1;
        return anchor + _options.Interval * steps;
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            SinceArgument.TryParse(_options.Since, out var since, out _);
            var data = await new ReportCollector(grains).CollectAsync(since!, null, 10, ct);
            Directory.CreateDirectory(_options.Directory!);
            var name = $"report-{data.GeneratedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.html";
            var path = Path.Combine(_options.Directory!, name);
            // Pruned first, so the folder never holds more than Keep reports.
            foreach (var old in Directory.GetFiles(_options.Directory!, "report-*.html").Order(StringComparer.Ordinal).SkipLast(_options.Keep - 1))
                File.Delete(old);
            await ReportFile.WriteAsync(path, HtmlReport.Render(data), ct);
            LogWritten(logger, path, data.Lines.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled report: into {Directory} every {Interval} aligned to {At} UTC")]
    private static partial void LogScheduled(ILogger logger, string directory, TimeSpan at, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled report written: {Path} ({Asins} ASINs)")]
    private static partial void LogWritten(ILogger logger, string path, int asins);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled report failed, the schedule goes on: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
