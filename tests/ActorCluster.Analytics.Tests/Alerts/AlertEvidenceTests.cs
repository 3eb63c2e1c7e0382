using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using static ActorCluster.Analytics.Tests.Alerts.AlertTestData;

namespace ActorCluster.Analytics.Tests.Alerts;

/// <summary>The evidence rules added for alert quality: grouped composite, firing at once, explained events, noise guards.</summary>
public sealed class AlertEvidenceTests
{
    private static readonly AlertRuleOptions Defaults = new();

    private static List<AlertSignal> Beyond(in AlertInput input) => [.. AlertSignals.Measure(input, Defaults).Where(s => s.Beyond)];

    private static AlertSignal Signal(SignalKind kind, int direction = 1) => new(kind, 3, 1, direction, true, 3, kind.ToString());

    [Fact]
    public void Signals_reading_one_quantity_do_not_stack_but_other_quantities_add()
    {
        double units = CompositeProbability.Compute([Signal(SignalKind.UnitsThreshold)], Defaults);
        double unitsFour = CompositeProbability.Compute(
            [Signal(SignalKind.UnitsThreshold), Signal(SignalKind.UnitsSurge), Signal(SignalKind.UnitsRsi), Signal(SignalKind.ForecastResidual)], Defaults);
        Assert.Equal(units, unitsFour, 12);

        // Price threshold, ATR band and price RSI are one price move: the naive product rated it 0.996 (red).
        double price = CompositeProbability.Compute([Signal(SignalKind.PriceThreshold), Signal(SignalKind.PriceAtrBand), Signal(SignalKind.PriceRsi)], Defaults);
        Assert.InRange(price, 0.75, 0.90);

        double both = CompositeProbability.Compute([Signal(SignalKind.UnitsThreshold), Signal(SignalKind.PriceThreshold)], Defaults);
        double logOdds = Math.Log(0.035 / 0.965) + 2 * Math.Log(0.95 / 0.01);
        Assert.Equal(1 / (1 + Math.Exp(-logOdds)), both, 12);
        Assert.True(both > 0.90);
    }

    [Fact]
    public void A_strong_one_period_event_fires_at_once_and_a_weak_one_waits_for_the_debounce()
    {
        var strong = new AlertLifecycle("B0STRONG").Evaluate(Input(0, units: Score(2.5)));
        var fired = Assert.Single(strong.Transitions);
        Assert.Equal(AlertTransitionKind.Firing, fired.Kind);
        Assert.True(fired.Notify);

        var weak = new AlertLifecycle("B0WEAK").Evaluate(Input(0, units: Score(1.2)));
        Assert.Equal(AlertTransitionKind.Pending, Assert.Single(weak.Transitions).Kind);

        var off = new AlertLifecycle("B0OFF", defaults: new AlertRuleOptions { FireAtOnceMargin = 0, FireAtOnceAboveRed = false });
        Assert.Equal(AlertTransitionKind.Pending, Assert.Single(off.Evaluate(Input(0, units: Score(2.5))).Transitions).Kind);
    }

    [Fact]
    public void Above_the_red_line_fires_at_once()
    {
        var t = new AlertLifecycle("B0RED").Evaluate(Input(0, units: Score(1.2), rank: Score(1.2, change: 0.9)));
        Assert.Equal(AlertTier.Red, t.Decision.Tier);
        Assert.Equal(AlertTransitionKind.Firing, Assert.Single(t.Transitions).Kind);
    }

    [Fact]
    public void A_holiday_surge_does_not_fire_but_the_same_surge_on_an_ordinary_day_or_a_far_larger_one_does()
    {
        // Prime Day 2025 ran 8–11 July; demand moves are explained on it and for two days after, up to 4× the mean.
        var primeDay = new DateTime(2025, 7, 9, 0, 0, 0, DateTimeKind.Utc);
        AlertEvaluation On(DateTime day, double units = 30, AlertRuleOptions? o = null) =>
            new AlertLifecycle("B0HOLIDAY", defaults: o).Evaluate(Shifted(Input(0, units: Score(2.5, change: 0), features: Surging(units)), day));

        var holiday = On(primeDay);                                        // 3× the 20-period mean of 10
        Assert.Equal(AlertTier.None, holiday.Decision.Tier);
        Assert.Empty(holiday.Transitions);
        Assert.Contains(holiday.Decision.Inhibited, s => s.Kind == SignalKind.UnitsThreshold);
        Assert.Equal(AlertTier.None, On(new DateTime(2025, 7, 13, 0, 0, 0, DateTimeKind.Utc)).Decision.Tier);
        Assert.NotEqual(AlertTier.None, On(new DateTime(2025, 7, 14, 0, 0, 0, DateTimeKind.Utc)).Decision.Tier);
        Assert.NotEqual(AlertTier.None, On(new DateTime(2025, 6, 10, 0, 0, 0, DateTimeKind.Utc)).Decision.Tier);
        Assert.NotEqual(AlertTier.None, On(primeDay, units: 70).Decision.Tier); // 7×: more than an event explains
        Assert.NotEqual(AlertTier.None, On(primeDay, o: new AlertRuleOptions { ExplainCalendarEvents = false }).Decision.Tier);
    }

    [Fact]
    public void The_pull_forward_dip_after_a_promotion_is_explained_for_its_length_and_survives_a_restart()
    {
        var l = new AlertLifecycle("B0PROMO");
        var promo = Input(0);
        l.Evaluate(promo with { Current = promo.Current with { Promotion = true } });
        l = AlertLifecycle.FromState(l.ExportState());
        var dip = l.Evaluate(Input(5, units: Score(1.4, change: -1.2)));
        Assert.Equal(AlertTier.None, dip.Decision.Tier);
        Assert.Contains(dip.Decision.Inhibited, s => s.Kind == SignalKind.UnitsThreshold);

        var later = l.Evaluate(Input(20, units: Score(1.4, change: -1.2)));
        Assert.Equal(AlertTier.Yellow, later.Decision.Tier);
    }

    [Fact]
    public void Small_sellers_count_noise_raises_no_units_or_rank_signal()
    {
        var small = Neutral() with { Units = 2, UnitsMean20 = 2, UnitsStd20 = 1.4, VolumeRatio = double.NaN };
        // 2 → 4 units is +100% and scores beyond the line, but a Poisson count of mean 2 does that by chance.
        var noise = Input(0, units: Score(1.6, change: Math.Log(2)), rank: Score(1.6, change: 0.7), features: small);
        Assert.DoesNotContain(Beyond(noise), s => s.Group is SignalGroup.Units or SignalGroup.SalesRank);

        var spike = Input(0, units: Score(1.6, change: Math.Log(6)), rank: Score(1.6, change: -1.8), features: small);
        Assert.Contains(Beyond(spike), s => s.Kind == SignalKind.UnitsThreshold);
        Assert.Contains(Beyond(spike), s => s.Kind == SignalKind.UnitsSurge);
        Assert.Contains(Beyond(spike), s => s.Kind == SignalKind.SalesRankThreshold);
    }

    [Fact]
    public void A_routine_price_move_raises_no_price_signal_but_a_big_one_does()
    {
        var at = Day0;
        var routine = Input(0, price: Score(3, change: Math.Log(1.05)), priceAtr: 0.005,
            current: new AnalyticsInput(at, 10, 21, 1000, false), previous: new AnalyticsInput(at.AddDays(-1), 10, 20, 1000, false));
        Assert.DoesNotContain(Beyond(routine), s => s.Group == SignalGroup.Price);

        var big = Input(0, price: Score(3, change: Math.Log(1.25)), priceAtr: 0.005,
            current: new AnalyticsInput(at, 10, 25, 1000, false), previous: new AnalyticsInput(at.AddDays(-1), 10, 20, 1000, false));
        Assert.Equal([SignalKind.PriceThreshold, SignalKind.PriceAtrBand], Beyond(big).Where(s => s.Group == SignalGroup.Price).Select(s => s.Kind).Order());
    }

    [Fact]
    public void New_options_are_validated()
    {
        var bad = new AlertRuleOptions { FireAtOnceMargin = -1, UnitsNoiseSigmas = -1, MinPriceMove = -0.1, PromotionDip = TimeSpan.FromDays(-1), CalendarEventAfterDays = 99, CalendarEventMaxLift = 1 };
        var e = Assert.Throws<ArgumentException>(bad.Validate);
        foreach (var name in new[] { "FireAtOnceMargin", "UnitsNoiseSigmas", "MinPriceMove", "PromotionDip", "CalendarEventAfterDays", "CalendarEventMaxLift" })
            Assert.Contains(name, e.Message);
    }

    private static AlertInput Shifted(AlertInput input, DateTime day) => input with
    {
        Step = input.Step with { Period = day },
        Current = input.Current with { Period = day },
        Previous = input.Previous is { } p ? p with { Period = day.AddDays(-1) } : null,
    };
}
