using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace ActorCluster.Grains.Tests.Fixtures;

/// <summary>
/// An in-memory grain storage whose writes can be made to fail, to prove what a failed write does.
/// State is deep-copied in and out, as a real store would serialize it.
/// </summary>
public sealed class FlakyStorage(DeepCopier copier) : IGrainStorage
{
    private readonly ConcurrentDictionary<(GrainId, string), (object State, string ETag)> _rows = new();

    /// <summary>While set, every write throws.</summary>
    public static volatile bool FailWrites;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_rows.TryGetValue((grainId, stateName), out var row))
        {
            grainState.State = copier.Copy((T)row.State);
            grainState.ETag = row.ETag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (FailWrites) throw new IOException("storage unavailable (test)");
        var etag = Guid.NewGuid().ToString("N");
        _rows[(grainId, stateName)] = (copier.Copy(grainState.State)!, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _rows.TryRemove((grainId, stateName), out _);
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
