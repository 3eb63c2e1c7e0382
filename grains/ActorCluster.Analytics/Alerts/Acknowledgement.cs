namespace ActorCluster.Analytics.Alerts;

/// <summary>Who acknowledged an alert, when, and what they said.</summary>
public sealed record Acknowledgement(string By, DateTime At, string? Note);
