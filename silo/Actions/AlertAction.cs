namespace ActorCluster.Silo.Actions;

/// <summary>What the action webhook receives for a red alert (JSON, camelCase).</summary>
public sealed record AlertAction(
    string Asin, string AlertId, long Sequence, string Tier, double Probability, string Reason, DateTime At);
