using ActorCluster.Analytics.Forecasting.Auto;
using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

public class ChampionChallengerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(3)] // not 7: naive's 7-step forecast is the value a week earlier, the seasonal naive one
    public void AClearlyBetterChallengerIsReportedOnceItsWindowIsFull(int lead)
    {
        var y = SyntheticSeries.Seasonal(200);
        var (naive, sNaive) = Fit(y.AsSpan(0, 100));
        var options = new ChampionChallengerOptions { Window = 28, Lead = lead };
        var cc = new ChampionChallenger(naive, sNaive, options);

        ChallengerVerdict? verdict = null;
        int firstVerdict = -1;
        for (int t = 100; t < 200 && verdict is null; t++)
        {
            verdict = cc.Observe(y[t], Start.AddDays(t));
            if (verdict is not null) firstVerdict = t - 100 + 1;
        }

        Assert.NotNull(verdict);
        Assert.Equal(28 + lead - 1, firstVerdict); // not before lead − 1 unscored steps and a full window
        Assert.Equal("Naive", verdict.Champion);
        Assert.Equal("sNaive", verdict.Challenger);
        Assert.True(verdict.ChallengerError < 0.5 * verdict.ChampionError);
        Assert.Equal(Start.AddDays(100 + firstVerdict - 1), verdict.Time);
        Assert.Equal(28, cc.ChampionAccuracy.Count);

        var promoted = cc.Promote(verdict.Time);
        Assert.Equal("sNaive", cc.Champion.Name);
        Assert.Equal("Naive", cc.Challenger.Name);
        Assert.Equal(verdict.ChallengerError, promoted.ChallengerError, 12);
        Assert.Null(cc.Observe(y[150], Start));
    }

    [Fact]
    public void EqualOrWorseChallengersAreNeverReported()
    {
        var y = SyntheticSeries.Seasonal(300);
        var (naive, sNaive) = Fit(y.AsSpan(0, 100));
        var (naive2, _) = Fit(y.AsSpan(0, 100));
        var same = new ChampionChallenger(naive, naive2, new ChampionChallengerOptions { Window = 14 });
        var worse = new ChampionChallenger(sNaive, Fit(y.AsSpan(0, 100)).Naive, new ChampionChallengerOptions { Window = 14 });
        for (int t = 100; t < 300; t++)
        {
            Assert.Null(same.Observe(y[t], Start.AddDays(t)));
            Assert.Null(worse.Observe(y[t], Start.AddDays(t)));
        }
        Assert.Equal(200, same.Observations);
        Assert.Equal(same.ChampionAccuracy.Mae, same.ChallengerAccuracy.Mae, 12);
    }

    [Fact]
    public void AChallengerWithinTheMarginIsNotReported()
    {
        // Errors 1.0 (champion) against 0.95 (challenger): 5% better, inside the default 10% margin.
        var cc = new ChampionChallenger(new Constant(11), new Constant(10.95), new ChampionChallengerOptions { Window = 5 });
        for (int t = 0; t < 20; t++) Assert.Null(cc.Observe(10, Start));
        var loose = new ChampionChallenger(new Constant(11), new Constant(10.95), new ChampionChallengerOptions { Window = 5, Margin = 0.04 });
        ChallengerVerdict? v = null;
        for (int t = 0; t < 5; t++) v = loose.Observe(10, Start);
        Assert.NotNull(v);
        Assert.Equal(0.05, v.Improvement, 9);
    }

    [Fact]
    public void NonFiniteObservationsAreIgnoredAndAReplacedChallengerStartsAfresh()
    {
        var cc = new ChampionChallenger(new Constant(20), new Constant(10), new ChampionChallengerOptions { Window = 3 });
        cc.Observe(double.NaN, Start);
        Assert.Equal(0, cc.Observations);
        for (int t = 0; t < 3; t++) cc.Observe(10, Start);
        Assert.NotNull(cc.Verdict);

        cc.ReplaceChallenger(new Constant(10));
        Assert.Null(cc.Verdict);
        Assert.Null(cc.Observe(10, Start));
        Assert.Null(cc.Observe(10, Start));
        Assert.NotNull(cc.Observe(10, Start));
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new ChampionChallenger(new Constant(1), new Constant(1), new ChampionChallengerOptions { Window = 0 }));
        Assert.Throws<ArgumentException>(() => new ChampionChallenger(new Constant(1), new Constant(1), new ChampionChallengerOptions { Margin = 1 }));
        Assert.Throws<ArgumentException>(() => new ChampionChallenger(new Constant(1), new Constant(1), new ChampionChallengerOptions { Lead = 0 }));
    }

    private static (NaiveModel Naive, SeasonalNaiveModel SeasonalNaive) Fit(ReadOnlySpan<double> y)
    {
        Assert.True(NaiveModel.TryFit(y, out var naive, out _));
        Assert.True(SeasonalNaiveModel.TryFit(y, 7, out var sNaive, out _));
        return (naive, sNaive);
    }
}
