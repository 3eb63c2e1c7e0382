using ActorCluster.Analytics.Alerts;
using static ActorCluster.Analytics.Tests.Alerts.AlertTestData;

namespace ActorCluster.Analytics.Tests.Alerts;

public sealed class TierRulesTests
{
    private static AlertDecision Decide(in AlertInput input, AlertRuleOptions? options = null)
    {
        var o = options ?? new AlertRuleOptions();
        var (kept, inhibited) = Inhibition.Apply([.. AlertSignals.Measure(input, o).Where(s => s.Beyond)]);
        return TierRules.Decide(kept, inhibited, o);
    }

    [Fact]
    public void One_primary_indicator_is_yellow()
    {
        var d = Decide(Input(0, units: Score(1.4)));
        Assert.Equal(AlertTier.Yellow, d.Tier);
        Assert.InRange(d.Probability, 0.75, 0.90);
        var s = Assert.Single(d.Signals);
        Assert.Equal(SignalKind.UnitsThreshold, s.Kind);
        Assert.Equal(1.4, s.Value);
        Assert.Equal(1.0, s.Threshold);
        Assert.Contains("threshold", s.Explanation);
    }

    [Fact]
    public void Threshold_with_two_secondary_signals_is_orange()
    {
        var d = Decide(Input(0, units: Score(1.4), features: Surging()));
        Assert.Equal(AlertTier.Orange, d.Tier);
        Assert.Equal([SignalKind.UnitsThreshold, SignalKind.UnitsSurge, SignalKind.UnitsRsi], d.Signals.Select(s => s.Kind));
    }

    [Fact]
    public void Composite_above_ninety_percent_is_red()
    {
        var d = Decide(Input(0, units: Score(1.4), rank: Score(1.6, change: -0.9)));
        Assert.Equal(AlertTier.Red, d.Tier);
        Assert.True(d.Probability > 0.90);
    }

    [Fact]
    public void Secondary_signals_alone_stay_below_the_firing_floor()
    {
        var d = Decide(Input(0, features: Surging()));
        Assert.Equal(AlertTier.None, d.Tier);
        Assert.True(d.Probability < 0.75);
        Assert.Equal(2, d.Signals.Count);
    }

    [Fact]
    public void Composite_probability_is_the_naive_bayes_posterior()
    {
        var o = new AlertRuleOptions();
        var signals = AlertSignals.Measure(Input(0, units: Score(2)), o).Where(s => s.Beyond).ToList();
        double logOdds = Math.Log(0.035 / 0.965) + Math.Log(0.95 / 0.01);
        Assert.Equal(1 / (1 + Math.Exp(-logOdds)), CompositeProbability.Compute(signals, o), 12);
    }

    [Fact]
    public void Stock_out_inhibits_the_rank_jump_and_the_units_drop()
    {
        var at = Day0;
        var input = Input(0, units: Score(3, change: -2.4), rank: Score(2, change: 1.2),
            current: new(at, 0, 20, 9000, false, InStock: false), previous: new(at.AddDays(-1), 10, 20, 1000, false));
        var d = Decide(input);
        Assert.Equal(AlertTier.Yellow, d.Tier);
        Assert.Equal(SignalKind.StockOut, Assert.Single(d.Signals).Kind);
        Assert.Equal([SignalKind.UnitsThreshold, SignalKind.SalesRankThreshold, SignalKind.SalesRankJump],
            d.Inhibited.Select(s => s.Kind).Order());
    }

    [Fact]
    public void Price_move_beyond_the_atr_band_and_drift_are_signals()
    {
        var at = Day0;
        var input = Input(0, drift: true, priceAtr: 0.02, current: new(at, 10, 25, 1000, false), previous: new(at.AddDays(-1), 10, 20, 1000, false));
        var kinds = AlertSignals.Measure(input, new AlertRuleOptions()).Where(s => s.Beyond).Select(s => s.Kind).ToList();
        Assert.Contains(SignalKind.PriceAtrBand, kinds);
        Assert.Contains(SignalKind.Drift, kinds);
    }

    [Fact]
    public void Zero_units_after_selling_is_a_stock_out()
    {
        var at = Day0;
        var input = Input(0, current: new(at, 0, 20, 1000, false), previous: new(at.AddDays(-1), 4, 20, 1000, false));
        Assert.Contains(AlertSignals.Measure(input, new AlertRuleOptions()), s => s.Kind == SignalKind.StockOut && s.Beyond);
    }

    [Fact]
    public void A_reported_promotion_explains_its_price_cut_and_sales_jump_and_its_end_explains_the_way_back()
    {
        var cut = new AlertSignal(SignalKind.PriceThreshold, 3, 1, -1, true, 3, "price down");
        var jump = new AlertSignal(SignalKind.UnitsThreshold, 3, 1, +1, true, 3, "units up");
        var surge = new AlertSignal(SignalKind.UnitsSurge, 3, 1.5, +1, true, 2, "surge");
        var stock = new AlertSignal(SignalKind.StockOut, 0, double.NaN, -1, true, double.NaN, "out of stock");
        var during = Inhibition.Apply([cut, jump, surge, stock], promotion: true);
        Assert.Equal([SignalKind.StockOut], during.Kept.Select(s => s.Kind));
        Assert.Equal(3, during.Inhibited.Count);

        var back = Inhibition.Apply([cut with { Direction = +1 }, jump with { Direction = -1 }, surge], promotionEnded: true);
        Assert.Equal([SignalKind.UnitsSurge], back.Kept.Select(s => s.Kind));          // a surge after the deal is not its doing
        var ordinary = Inhibition.Apply([cut, jump]);
        Assert.Equal(2, ordinary.Kept.Count);
    }

    [Fact]
    public void Zero_units_of_an_intermittent_seller_are_not_a_stock_out_but_a_reported_stock_out_always_is()
    {
        var at = Day0;
        var slow = Neutral() with { UnitsMean20 = 0.8 };
        var zero = Input(0, features: slow, current: new(at, 0, 20, 1000, false), previous: new(at.AddDays(-1), 1, 20, 1000, false));
        Assert.DoesNotContain(AlertSignals.Measure(zero, new AlertRuleOptions()), s => s.Kind == SignalKind.StockOut);
        var reported = Input(0, features: slow, current: new(at, 0, 20, 1000, false, InStock: false));
        Assert.Contains(AlertSignals.Measure(reported, new AlertRuleOptions()), s => s.Kind == SignalKind.StockOut && s.Beyond);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_every_problem()
    {
        var bad = new AlertRuleOptions { FireAfter = 4, FireWindow = 3, MinProbability = 0.95, RsiLow = 80 };
        var e = Assert.Throws<ArgumentException>(bad.Validate);
        Assert.Contains("FireAfter", e.Message);
        Assert.Contains("MinProbability", e.Message);
        Assert.Contains("RsiLow", e.Message);
        new AlertRuleOptions().Validate();
    }
}
