using ActorCluster.Analytics.Forecasting.Arima;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

/// <summary>
/// Exact-ML results against Stata (shared/data/reference/arima/stata_expected_results.json, via statsmodels'
/// test fixtures). Stata's log-likelihood is that of the differenced series (131 points for the airline model).
/// </summary>
public class SarimaReferenceTests
{
    [Fact]
    public void AirlineModelMatchesStata()
    {
        var model = Sarima.Fit(ReferenceSeries.LogAirline(), SarimaOrder.Airline(12));

        Assert.Equal(-0.4018324, model.Coefficients.Ma[0], 0.02);
        Assert.Equal(-0.5569342, model.Coefficients.SeasonalMa[0], 0.02);
        Assert.Equal(244.69651, model.LogLikelihood, 0.5);
        Assert.Equal(0.0013481160588899998, model.Coefficients.Sigma2, 0.0001);
        Assert.Equal(131, model.EffectiveCount);
        Assert.Equal(-483.393, model.Aic, 1.0);
    }

    [Fact]
    public void WpiArima111WithDriftMatchesStata()
    {
        var model = Sarima.Fit(ReferenceSeries.Load("wpi1.csv"), SarimaOrder.NonSeasonal(1, 1, 1, constant: true));

        Assert.Equal(0.8742288, model.Coefficients.Ar[0], 0.02);
        Assert.Equal(-0.4120458, model.Coefficients.Ma[0], 0.02);
        Assert.Equal(0.7498197, model.Coefficients.Mean, 0.02);
        Assert.Equal(0.52568822190096, model.Coefficients.Sigma2, 0.005);
        Assert.Equal(-135.35131, model.LogLikelihood, 0.5);
        Assert.Equal(278.7026, model.Aic, 0.01);
        Assert.Equal(289.9514, model.Bic, 0.01);
    }

    [Fact]
    public void WpiArima310MatchesStata()
    {
        var model = Sarima.Fit(ReferenceSeries.Load("wpi1.csv"), SarimaOrder.NonSeasonal(3, 1, 0, constant: false));

        Assert.Equal(0.52707154, model.Coefficients.Ar[0], 0.001);
        Assert.Equal(0.09526127, model.Coefficients.Ar[1], 0.001);
        Assert.Equal(0.25803547, model.Coefficients.Ar[2], 0.001);
        Assert.Equal(0.53074593, model.Coefficients.Sigma2, 0.0001);
        Assert.Equal(-136.21782, model.LogLikelihood, 0.001);
        Assert.Equal(280.43565, model.Aic, 0.01);
        Assert.Equal(291.68438, model.Bic, 0.01);
    }
}
