using ActorCluster.Grains.Asin;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

/// <summary>The ingest rules without a cluster: currency conversion and option validation.</summary>
public sealed class AsinIngestorTests
{
    private static (AsinIngestor Ingestor, ObservationWindow Window, AsinGrainState State) Create(AsinOptions options)
    {
        var state = new AsinGrainState { Period = PeriodKind.Day };
        var window = new ObservationWindow(PeriodKind.Day, options.WindowLength);
        return (new AsinIngestor(state, window, options, TimeProvider.System), window, state);
    }

    [Fact]
    public void A_price_in_another_configured_currency_is_converted_into_the_asins_currency()
    {
        var options = new AsinOptions { CurrencyRates = new(StringComparer.OrdinalIgnoreCase) { ["USD"] = 1, ["EUR"] = 1.1 } };
        var (ingestor, window, state) = Create(options);
        ingestor.Apply(Obs(Today.AddDays(-1), price: 10));
        var result = ingestor.Apply(Obs(Today, price: 20) with { Currency = "eur", CompetitorPrice = 10 });
        Assert.Equal(IngestStatus.Accepted, result.Status);
        Assert.Equal("USD", state.Currency);
        Assert.Equal(22, window.Latest!.Price!.Value, 9);
        Assert.Equal(11, window.Latest!.CompetitorPrice!.Value, 9);
    }

    [Fact]
    public void Bad_currency_settings_are_refused_at_start_naming_them()
    {
        var options = new AsinOptions { CurrencyRates = new(StringComparer.OrdinalIgnoreCase) { ["USD"] = 1, ["EUR"] = -2 } };
        var e = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("Asin:CurrencyRates", e.Message);
        Assert.Contains("EUR", e.Message);
    }
}
