using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Tests.Simulation;

public sealed class MarketScenarioTests
{
    [Fact]
    public void Defaults_are_valid() => new MarketScenario().Validate();

    public static TheoryData<string, MarketScenario> Invalid => new()
    {
        { "Categories", new MarketScenario { Categories = 0 } },
        { "Asins", new MarketScenario { Asins = 0 } },
        { "Days", new MarketScenario { Days = 0 } },
        { "Start", new MarketScenario { Start = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc) } },
        { "AnomalyRate", new MarketScenario { AnomalyRate = -0.1 } },
        { "IntermittentShare", new MarketScenario { IntermittentShare = 1.5 } },
        { "Elasticity", new MarketScenario { Price = new PriceRanges { Elasticity = new(-1, 0.5) } } },
        { "BaseDemand", new MarketScenario { Demand = new DemandRanges { BaseDemand = new(10, 5) } } },
        { "Dispersion", new MarketScenario { Demand = new DemandRanges { Dispersion = new(0, 5) } } },
        { "Discount", new MarketScenario { Promotion = new PromotionRanges { Discount = new(0.1, double.NaN) } } },
        { "RankExponent", new MarketScenario { Category = new CategoryRanges { RankExponent = new(0, 1) } } },
        { "ExtremeMoveSize", new MarketScenario { Anomaly = new AnomalyRanges { ExtremeMoveSize = new(0.1, 0.3) } } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_names_the_invalid_setting(string name, MarketScenario scenario)
    {
        var e = Assert.ThrowsAny<ArgumentException>(scenario.Validate);
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void Asin_ids_are_ten_characters_of_A_to_Z_and_digits()
    {
        Assert.Equal("S000000000", MarketSimulator.AsinId(0));
        Assert.Equal("S000000042", MarketSimulator.AsinId(42));
        Assert.Equal("S999999999", MarketSimulator.AsinId(999_999_999));
        Assert.Matches("^[A-Z0-9]{10}$", MarketSimulator.AsinId(123_456));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarketSimulator.AsinId(-1));
    }

    [Fact]
    public void Asins_are_dealt_to_categories_round_robin()
    {
        var scenario = new MarketScenario { Categories = 3, Asins = 7 };
        Assert.Equal([0, 1, 2, 0, 1, 2, 0], Enumerable.Range(0, 7).Select(i => MarketSimulator.CategoryOf(scenario, i)));
        Assert.Equal("Garden", MarketSimulator.Asin(scenario, 5).Category);
        Assert.Equal("Toys 2", CategoryMarket.NameOf(12));
    }

    [Fact]
    public void Indexes_outside_the_scenario_are_rejected()
    {
        var scenario = new MarketScenario { Asins = 5, Categories = 2 };
        Assert.Throws<ArgumentOutOfRangeException>(() => MarketSimulator.Asin(scenario, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarketSimulator.Category(scenario, 2));
        var asin = MarketSimulator.Asin(scenario, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => asin.Day(scenario.Days));
        Assert.Throws<ArgumentOutOfRangeException>(() => asin.ExpectedUnits(-1));
    }
}
