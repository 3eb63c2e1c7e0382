namespace ActorCluster.AlertClient;

/// <summary>One <see cref="AlertHubClient.WaitForCountAsync"/> call: collects matching notices until it has enough.</summary>
internal sealed class NoticeWaiter(Func<AlertNotice, bool> predicate, int count)
{
    private readonly List<AlertNotice> _matched = [];
    private readonly TaskCompletionSource<IReadOnlyList<AlertNotice>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IReadOnlyList<AlertNotice>> Task => _done.Task;

    public int Matched => _matched.Count;

    /// <summary>Called under the client's lock for each delivered notice; a throwing predicate fails the wait.</summary>
    public void Offer(AlertNotice notice)
    {
        if (_done.Task.IsCompleted) return;
        try
        {
            if (!predicate(notice)) return;
        }
        catch (Exception e)
        {
            _done.TrySetException(e);
            return;
        }
        _matched.Add(notice);
        if (_matched.Count >= count) _done.TrySetResult([.. _matched]);
    }

    public void Cancel() => _done.TrySetException(new ObjectDisposedException(nameof(AlertHubClient)));
}
