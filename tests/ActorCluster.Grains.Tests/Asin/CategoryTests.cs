using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

[Collection(MemoryCluster.Name)]
public sealed class CategoryTests(MemoryClusterFixture fixture)
{
    private static Observation[] History(double price, double units, string category) =>
        [.. Days(30, seed: 2).Select(o => o with { Price = price, Units = units, Category = category })];

    [Fact]
    public async Task Asins_report_to_their_category_and_see_their_price_index_and_share()
    {
        var category = "Toys-" + Guid.NewGuid().ToString("N")[..6];
        var cheap = fixture.Client.GetAsinGrain(NewAsin('C'));
        var middle = fixture.Client.GetAsinGrain(NewAsin('C'));
        var dear = fixture.Client.GetAsinGrain(NewAsin('C'));
        await cheap.IngestBatch(History(10, 30, category));
        await middle.IngestBatch(History(20, 20, category));
        await dear.IngestBatch(History(30, 10, category));

        var snapshot = await fixture.Client.GetGrain<ICategoryGrain>(category).GetSnapshot();
        Assert.Equal(3, snapshot.Asins);
        Assert.Equal(20, snapshot.MeanPrice, 9);
        Assert.Equal(60, snapshot.TotalUnits, 9);

        var view = await dear.GetAnalytics();   // reported last: it saw all three
        Assert.Equal(3, view.CategoryAsins);
        Assert.Equal(1.5, view.PriceCompetitivenessIndex, 9);
        Assert.Equal(10.0 / 60, view.MarketShare, 9);
    }

    [Fact]
    public async Task An_asin_without_a_category_has_no_category_figures()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('C'));
        await grain.IngestBatch([.. Days(10).Select(o => o with { Category = null })]);
        var view = await grain.GetAnalytics();
        Assert.True(double.IsNaN(view.PriceCompetitivenessIndex));
        Assert.Equal(0, view.CategoryAsins);
    }
}
