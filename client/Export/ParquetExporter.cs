using System.Text.Json;
using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Reports;

namespace ActorCluster.Client.Export;

/// <summary>
/// Streams every requested ASIN's features and forecast into month-partitioned Parquet tables: one ASIN at a
/// time (a few fetched ahead), its stored window replayed into per-period features, its live forecast taken from
/// its analytics view. Memory is bounded by the row-group buffers of <see cref="MonthPartitions{TRow}"/>.
/// </summary>
public sealed class ParquetExporter(IGrainFactory grains, ExportLimits limits)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private sealed record Fetched(string Asin, AsinStatus Status, Observation[] Window, AsinAnalyticsView? View);

    public async Task<ExportSummary> RunAsync(ExportRequest request, Action<string> progress, CancellationToken ct)
    {
        var directory = await AsinDirectory.ReadAllAsync(grains);
        var asins = request.Asins ?? [.. directory.Select(a => a.Asin)];
        DateTime? newest = directory.Count == 0 ? null : directory.Max(a => a.LastPeriod);
        var now = DateTime.UtcNow;
        var metadata = new Dictionary<string, string>
        {
            [ExportVersions.FeatureSetKey] = ExportVersions.FeatureSet,
            [ExportVersions.ModelKey] = ExportVersions.Model,
            [ExportVersions.FingerprintKey] = ExportVersions.Fingerprint,
            [ExportVersions.CalendarKey] = ExportVersions.Calendar,
            [ExportVersions.ExportedAtKey] = now.ToString("O"),
        };
        var featureFiles = new MonthPartitions<FeatureRow>(Path.Combine(request.OutDir, ExportDirectory.Features), FeatureTable.Columns,
            new Dictionary<string, string>(metadata) { [ExportVersions.TableKey] = ExportDirectory.Features }, limits);
        var forecastFiles = new MonthPartitions<ForecastRow>(Path.Combine(request.OutDir, ExportDirectory.Forecasts), ForecastTable.Columns,
            new Dictionary<string, string>(metadata) { [ExportVersions.TableKey] = ExportDirectory.Forecasts }, limits);
        await using var _f = featureFiles;
        await using var _p = forecastFiles;

        long featureRows = 0, forecastRows = 0;
        int exported = 0, matched = 0, done = 0;
        var withoutData = new List<string>();
        var differed = new Dictionary<string, List<string>>();
        var inflight = new Queue<Task<Fetched>>();

        async Task ConsumeAsync(Fetched x)
        {
            if (++done % 1000 == 0) progress($"{done} of {asins.Count} ASINs");
            if (x.Window.Length == 0 || x.View is null) { withoutData.Add(x.Asin); return; }
            exported++;
            var step = new AsinAnalyticsOptions { Period = (CalendarPeriod)x.Status.Period }.Step;
            ReplayedPeriod? last = null;
            foreach (var r in FeatureReplay.Run(x.Window, x.Status.Period))
            {
                last = r;
                if (request.Since is { } s && !s.Includes(r.Observation.PeriodStart, newest)) continue;
                var events = string.Join(",", EventCalendar.Default.NamesOf(r.Features.EventMask));
                await featureFiles.AddAsync(r.Observation.PeriodStart, new FeatureRow(x.Asin, x.Status.Category, r, events), ct);
                featureRows++;
            }
            if (last is { } l && x.View.Period == l.Observation.PeriodStart)
            {
                var diff = FeatureReplay.DifferencesFromLive(l.Features, x.View.Features);
                if (diff.Count == 0) matched++; else differed[x.Asin] = diff;
            }
            else differed[x.Asin] = ["Period"];
            foreach (var f in ForecastTable.RowsOf(x.View, step))
            {
                if (request.Since is { } s && !s.Includes(f.Period, newest)) continue;
                await forecastFiles.AddAsync(f.Period, f, ct);
                forecastRows++;
            }
        }

        foreach (var asin in asins)
        {
            inflight.Enqueue(FetchAsync(asin));
            if (inflight.Count >= limits.Prefetch) await ConsumeAsync(await inflight.Dequeue());
        }
        while (inflight.Count > 0) await ConsumeAsync(await inflight.Dequeue());

        var summary = new ExportSummary
        {
            Format = "parquet",
            FeatureSetVersion = ExportVersions.FeatureSet,
            ModelVersion = ExportVersions.Model,
            FeatureSetFingerprint = ExportVersions.Fingerprint,
            EventCalendar = ExportVersions.Calendar,
            ExportedAt = now,
            Since = request.Since?.Start(newest),
            AsinsRequested = asins.Count,
            AsinsExported = exported,
            AsinsWithoutData = withoutData,
            FeatureRows = featureRows,
            ForecastRows = forecastRows,
            FeatureFiles = [.. await featureFiles.CompleteAsync(ct)],
            ForecastFiles = [.. await forecastFiles.CompleteAsync(ct)],
            LiveMatched = matched,
            LiveDiffered = differed,
        };
        var relative = summary with
        {
            FeatureFiles = [.. summary.FeatureFiles.Select(f => f with { Path = Path.GetRelativePath(request.OutDir, f.Path) })],
            ForecastFiles = [.. summary.ForecastFiles.Select(f => f with { Path = Path.GetRelativePath(request.OutDir, f.Path) })],
        };
        await File.WriteAllTextAsync(Path.Combine(request.OutDir, ExportDirectory.Manifest), JsonSerializer.Serialize(relative, Json), ct);
        return relative;
    }

    private async Task<Fetched> FetchAsync(string asin)
    {
        var grain = grains.GetGrain<IAsinGrain>(asin);
        var status = await grain.GetStatus();
        if (status.WindowCount == 0) return new Fetched(asin, status, [], null);
        var window = grain.GetWindow();
        var view = grain.GetAnalytics();
        return new Fetched(asin, status, await window, await view);
    }
}
