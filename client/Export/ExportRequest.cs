using ActorCluster.Reports;

namespace ActorCluster.Client.Export;

/// <summary>What <c>actorcluster export</c> was asked for.</summary>
/// <param name="OutDir">Root of the export: <c>features/</c>, <c>forecasts/</c> and <c>manifest.json</c> go here.</param>
/// <param name="Asins">The ASINs to export, or null for every ASIN in the directory.</param>
/// <param name="Since">Only periods from here on, or null for the whole stored window.</param>
/// <param name="Overwrite">Replace a previous export in <paramref name="OutDir"/> instead of refusing.</param>
public sealed record ExportRequest(string OutDir, IReadOnlyList<string>? Asins, SinceArgument? Since, bool Overwrite);
