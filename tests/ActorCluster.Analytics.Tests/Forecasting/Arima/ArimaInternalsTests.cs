using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Tests.Stationarity;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

public class ArimaInternalsTests
{
    [Fact]
    public void SeasonalPolynomialsExpandMultiplicatively()
    {
        // (1 − 0.5B)(1 − 0.3B¹²) = 1 − 0.5B − 0.3B¹² + 0.15B¹³
        var ar = LagPolynomial.ExpandAr([0.5], [0.3], 12);
        Assert.Equal(13, ar.Length);
        Assert.Equal(0.5, ar[0], 15);
        Assert.Equal(0.3, ar[11], 15);
        Assert.Equal(-0.15, ar[12], 15);
        // (1 − 0.4B)(1 − 0.6B¹²) = 1 − 0.4B − 0.6B¹² + 0.24B¹³ as MA: θ* = (−0.4, 0…, −0.6, 0.24)
        var ma = LagPolynomial.ExpandMa([-0.4], [-0.6], 12);
        Assert.Equal(-0.4, ma[0], 15);
        Assert.Equal(-0.6, ma[11], 15);
        Assert.Equal(0.24, ma[12], 15);
    }

    [Fact]
    public void AirlineDifferencingIsOneMinusBTimesOneMinusB12()
    {
        // (1 − B)(1 − B¹²) = 1 − B − B¹² + B¹³, so yₜ = wₜ + yₜ₋₁ + yₜ₋₁₂ − yₜ₋₁₃
        var delta = LagPolynomial.Differencing(1, 1, 12);
        Assert.Equal(13, delta.Length);
        Assert.Equal(1, delta[0]);
        Assert.Equal(1, delta[11]);
        Assert.Equal(-1, delta[12]);
        Assert.Equal(0, delta[5]);
    }

    [Fact]
    public void MonahanTransformRoundTrips()
    {
        double[] u = [0.7, -1.2, 0.3];
        var phi = new double[3];
        MonahanTransform.Constrain(u, phi);
        var back = new double[3];
        Assert.True(MonahanTransform.TryUnconstrain(phi, back));
        for (int i = 0; i < 3; i++) Assert.Equal(u[i], back[i], 10);
        Assert.False(MonahanTransform.TryUnconstrain([1.2], new double[1]));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(7)]
    public void ChandrasekharRecursionsMatchTheFullKalmanFilter(int period)
    {
        var e = SimulatedSeries.WhiteNoise(300, 51);
        var ar = LagPolynomial.ExpandAr([0.5, -0.2], [0.6], period);
        var ma = LagPolynomial.ExpandMa([0.3], [-0.8], period);
        var full = new ArmaKalmanFilter(ar, ma);
        double ss = 0, logF = 0;
        foreach (var v in e) { var (innovation, f) = full.Step(v); ss += innovation * innovation / f; logF += Math.Log(f); }

        var (ss2, logF2) = ChandrasekharFilter.Run(ar, ma, e);

        Assert.Equal(ss, ss2, 1e-7);
        Assert.Equal(logF, logF2, 1e-7);
    }

    [Fact]
    public void ArmaAutocovarianceMatchesTheClosedForm()
    {
        // ARMA(1,1): γ(0) = (1 + 2φθ + θ²)/(1 − φ²), γ(1) = (1 + φθ)(φ + θ)/(1 − φ²)
        double phi = 0.6, theta = 0.3;
        var psi = ArmaAutocovariance.Psi([phi], [theta], 3);
        var gamma = new double[3];
        Assert.True(ArmaAutocovariance.TryCompute([phi], [theta], psi, gamma));
        Assert.Equal((1 + 2 * phi * theta + theta * theta) / (1 - phi * phi), gamma[0], 12);
        Assert.Equal((1 + phi * theta) * (phi + theta) / (1 - phi * phi), gamma[1], 12);
        Assert.Equal(phi * gamma[1], gamma[2], 12);
    }
}
