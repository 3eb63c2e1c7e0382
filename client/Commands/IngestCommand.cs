using System.CommandLine;
using System.Globalization;

namespace ActorCluster.Client.Commands;

/// <summary><c>actorcluster ingest ASIN --period 2026-01-31 --units 12 --price 19.99 …</c>: one observation.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var asin = new Argument<string>("asin") { Description = "The ASIN (10 characters A-Z/0-9)" };
        var period = new Option<string>("--period") { Description = "Period start, ISO-8601 UTC (default: today)" };
        var units = new Option<double?>("--units") { Description = "Units sold in the period" };
        var price = new Option<double?>("--price") { Description = "Price" };
        var currency = new Option<string?>("--currency") { Description = "ISO-4217 currency of the price" };
        var rank = new Option<long?>("--rank") { Description = "Sales rank (BSR)" };
        var category = new Option<string?>("--category") { Description = "Category" };
        var reviews = new Option<int?>("--reviews") { Description = "Review count" };
        var rating = new Option<double?>("--rating") { Description = "Rating 0-5" };
        var inStock = new Option<bool?>("--in-stock") { Description = "In stock (true/false)" };
        var promo = new Option<bool?>("--promo") { Description = "Promotion or deal running (true/false)" };
        var competitor = new Option<double?>("--competitor-price") { Description = "Lowest competitor price" };
        var command = new Command("ingest", "Send one observation for one ASIN")
        {
            asin, period, units, price, currency, rank, category, reviews, rating, inStock, promo, competitor,
        };
        command.SetAction((parse, ct) =>
        {
            if (!AsinId.TryNormalize(parse.GetValue(asin), out var id, out var error))
                return Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput));
            var p = parse.GetValue(period);
            DateTime start = DateTime.UtcNow.Date;
            if (p is not null && !DateTime.TryParse(p, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out start))
                return Task.FromResult(ClusterCommand.Error($"--period '{p}' is not an ISO-8601 date", ExitCodes.BadInput));
            var observation = new Observation
            {
                PeriodStart = DateTime.SpecifyKind(start, DateTimeKind.Utc),
                Units = parse.GetValue(units), Price = parse.GetValue(price), Currency = parse.GetValue(currency),
                SalesRank = parse.GetValue(rank), Category = parse.GetValue(category), Reviews = parse.GetValue(reviews),
                Rating = parse.GetValue(rating), InStock = parse.GetValue(inStock), Promotion = parse.GetValue(promo),
                CompetitorPrice = parse.GetValue(competitor),
            };
            return ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var result = await client.GetGrain<IAsinGrain>(id).Ingest(observation);
                Console.WriteLine($"{id} {result.PeriodStart:yyyy-MM-dd'T'HH:mm'Z'}: {result.Status}{(result.Late ? " (late)" : "")}{(result.Reason is null ? "" : ": " + result.Reason)}");
                return result.Status == IngestStatus.Rejected ? ExitCodes.BadInput : ExitCodes.Ok;
            });
        });
        return command;
    }
}
