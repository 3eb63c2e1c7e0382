namespace ActorCluster.Connectors.Pull;

/// <summary>Where a pull keeps its cursor: a file for the console, grain state for the silo.</summary>
public interface IPullCursorStore
{
    Task<PullCursor?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(PullCursor cursor, CancellationToken cancellationToken);
}

/// <summary>A cursor held in memory only.</summary>
public sealed class MemoryCursorStore : IPullCursorStore
{
    public PullCursor? Cursor { get; set; }

    public Task<PullCursor?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Cursor);

    public Task SaveAsync(PullCursor cursor, CancellationToken cancellationToken) { Cursor = cursor; return Task.CompletedTask; }
}
