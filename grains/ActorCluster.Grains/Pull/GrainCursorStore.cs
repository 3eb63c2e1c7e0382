using ActorCluster.Connectors.Pull;

namespace ActorCluster.Grains.Pull;

/// <summary>Keeps a pull's cursor in the schedule grain's state, written after every page.</summary>
internal sealed class GrainCursorStore(IPersistentState<PullScheduleState> state) : IPullCursorStore
{
    public Task<PullCursor?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Cursor);

    public Task SaveAsync(PullCursor cursor, CancellationToken cancellationToken)
    {
        state.State.Cursor = cursor;
        return state.WriteStateAsync(cancellationToken);
    }
}
