using ActorCluster.Connectors.Http;
using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Client.Pull;

/// <summary>Runs one console pull: the source from the file, the ASIN list, the file cursor, and the grains as the sink.</summary>
public sealed class PullService(IClusterClient cluster)
{
    public event Action<string>? Info;

    /// <summary>
    /// Reads the source and the ASIN list, so that a bad file is reported before the cluster is contacted; throws
    /// <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/> naming the problem.
    /// </summary>
    public static (PullSourceOptions Source, IReadOnlyList<string> Asins, List<string> Warnings) Prepare(PullRequest request)
    {
        var source = SourcesFile.Load(request.SourcesFile).Get(request.Source);
        var asins = AsinList.Parse(File.ReadLines(request.AsinsFile), out var errors);
        if (asins.Count == 0) throw new InvalidOperationException($"{request.AsinsFile}: no valid ASIN");
        return (source, asins, [.. errors.Select(e => $"warning: {request.AsinsFile}: {e}")]);
    }

    public async Task<PullRunSummary> RunAsync(PullRequest request, PullSourceOptions source, IReadOnlyList<string> asins, CancellationToken cancellationToken)
    {
        var cursors = new FileCursorStore(request.CursorFile);
        if (request.Restart && File.Exists(cursors.Path)) File.Delete(cursors.Path);
        var previous = await cursors.LoadAsync(cancellationToken);
        if (previous is not null && previous.Continues(request.Source, request.Since, PullRunner.AsinsKey(asins)))
            Info?.Invoke($"resuming after page {previous.Pages} (chunk {previous.Chunk}, offset {previous.Offset}) from {cursors.Path}");

        // The console is no grain: one client for the whole run, the source's timeout applied per request.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new VendorPageClient(http, source, TimeProvider.System);
        Info?.Invoke($"{request.Source}: {asins.Count} ASINs since {request.Since:yyyy-MM-dd}, at most {source.RequestsPerMinute} requests/min " +
                     $"(bucket of {client.Bucket.Capacity}, refilled {client.Bucket.TokensPerSecond * 60:0.#}/min)");
        var runner = new PullRunner(new VendorPuller(source, client), new AsinBatchSender(cluster, request.Parallelism), cursors, TimeProvider.System);

        await using var rejects = request.RejectsFile is null ? null : new StreamWriter(request.RejectsFile, append: false);
        runner.Rejected += reason => rejects?.WriteLine(reason);
        return await runner.RunAsync(request.Source, asins, request.Since, request.MaxPages, cancellationToken);
    }
}
