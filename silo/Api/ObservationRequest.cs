namespace ActorCluster.Silo.Api;

/// <summary>One observation as the HTTP API takes it (JSON, camelCase); every measurement optional.</summary>
public sealed record ObservationRequest(
    string? Asin, DateTime? Period, double? Units = null, double? Price = null, string? Currency = null, long? Rank = null,
    string? Category = null, int? Reviews = null, double? Rating = null, bool? InStock = null, bool? Promo = null,
    double? CompetitorPrice = null)
{
    public Observation ToObservation() => new()
    {
        PeriodStart = DateTime.SpecifyKind(Period!.Value, DateTimeKind.Utc), Units = Units, Price = Price, Currency = Currency,
        SalesRank = Rank, Category = Category, Reviews = Reviews, Rating = Rating, InStock = InStock, Promotion = Promo,
        CompetitorPrice = CompetitorPrice,
    };
}

/// <summary>A batch of observations for any number of ASINs.</summary>
public sealed record ObservationBatch(IReadOnlyList<ObservationRequest>? Items);

/// <summary>The outcome of one item, by its index in the request.</summary>
public sealed record ItemResult(int Index, string? Asin, string Status, DateTime? Period, string? Reason);

/// <summary>Totals and per-item outcomes of a batch.</summary>
public sealed record BatchResult(int Accepted, int Duplicates, int Corrected, int Rejected, IReadOnlyList<ItemResult> Results);
