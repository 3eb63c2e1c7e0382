namespace ActorCluster.Client.Export;

/// <summary>One row of the features table: a stored period of one ASIN with its replayed features.</summary>
public readonly record struct FeatureRow(string Asin, string? Category, ReplayedPeriod Replayed, string Events);

/// <summary>The columns of <c>features/</c> (documented in docs/export-and-reports.md).</summary>
public static class FeatureTable
{
    public static IReadOnlyList<ParquetColumn<FeatureRow>> Columns { get; } = Build();

    private static List<ParquetColumn<FeatureRow>> Build()
    {
        var columns = new List<ParquetColumn<FeatureRow>>
        {
            ParquetColumn<FeatureRow>.Text("Asin", r => r.Asin),
            ParquetColumn<FeatureRow>.Timestamp("Period", r => r.Replayed.Observation.PeriodStart),
            ParquetColumn<FeatureRow>.Text("Category", r => r.Category),
        };
        foreach (var c in FeatureColumns.Numeric)
        {
            var column = c;
            columns.Add(column.AsInt is { } asInt
                ? ParquetColumn<FeatureRow>.Of(column.Name, r => asInt(r.Replayed.Features))
                : ParquetColumn<FeatureRow>.Of(column.Name, r => column.AsDouble(r.Replayed.Features)));
        }
        columns.AddRange(
        [
            ParquetColumn<FeatureRow>.Of("Promotion", r => r.Replayed.Features.Promotion),
            ParquetColumn<FeatureRow>.Text("Lifecycle", r => r.Replayed.Features.Lifecycle.ToString()),
            ParquetColumn<FeatureRow>.Text("UnitsOutlier", r => r.Replayed.Features.UnitsOutlier.ToString()),
            ParquetColumn<FeatureRow>.Text("Events", r => r.Events),
            ParquetColumn<FeatureRow>.Of("ImputedBefore", r => r.Replayed.ImputedBefore),
            ParquetColumn<FeatureRow>.Optional("SalesRank", r => r.Replayed.Observation.SalesRank),
            ParquetColumn<FeatureRow>.Optional("InStock", r => r.Replayed.Observation.InStock),
            ParquetColumn<FeatureRow>.Optional("Reviews", r => r.Replayed.Observation.Reviews),
            ParquetColumn<FeatureRow>.Optional("Rating", r => r.Replayed.Observation.Rating),
        ]);
        return columns;
    }
}
