namespace ActorCluster.Connectors.Profiles;

/// <summary>An observation with the (normalised) ASIN it belongs to.</summary>
public sealed record AsinObservation(string Asin, Observation Observation);

/// <summary>Why a vendor record was rejected: the field at fault and what is wrong with it.</summary>
public sealed record RecordError(string Field, string Reason)
{
    public override string ToString() => $"field '{Field}': {Reason}";
}
