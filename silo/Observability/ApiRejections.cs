using ActorCluster.Silo.Api;

namespace ActorCluster.Silo.Observability;

/// <summary>Counts the batch items the HTTP API refuses before any grain sees them (bad ASIN, no period, null item).</summary>
public static class ApiRejections
{
    /// <summary>Records every item already decided (rejected) in <paramref name="results"/>; undecided ones are null.</summary>
    public static void Record(IEnumerable<ItemResult?> results)
    {
        foreach (var r in results)
        {
            if (r is not { Status: "Rejected" }) continue;
            var reason = r.Reason switch
            {
                "item is null" => RejectionReason.Empty,
                "period is missing" => RejectionReason.InvalidField,
                _ => RejectionReason.InvalidAsin,
            };
            ActorClusterMetrics.RecordRejected(reason);
        }
    }
}
