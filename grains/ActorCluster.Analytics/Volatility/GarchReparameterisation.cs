namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Maps an unconstrained vector θ = (μ, a, b, c) to GARCH(1,1) parameters that always satisfy the
/// constraints: <c>ω = exp(a)</c> (&gt; 0), persistence <c>p = P_max · logistic(b)</c> (&lt; 1),
/// <c>α = p · logistic(c)</c> and <c>β = p · (1 - logistic(c))</c> (both ≥ 0).
/// </summary>
internal static class GarchReparameterisation
{
    /// <summary>Largest persistence the fit can reach; keeps the long-run variance finite.</summary>
    public const double MaxPersistence = 1 - 1e-6;

    private const double Eps = 1e-6;

    public static GarchParameters ToParameters(ReadOnlySpan<double> theta)
    {
        double p = MaxPersistence * Logistic(theta[2]);
        double s = Logistic(theta[3]);
        return new GarchParameters(theta[0], Math.Exp(theta[1]), p * s, p * (1 - s));
    }

    public static void FromParameters(GarchParameters g, Span<double> theta)
    {
        double p = Math.Clamp(g.Persistence / MaxPersistence, Eps, 1 - Eps);
        double s = g.Persistence > 0 ? Math.Clamp(g.Alpha / g.Persistence, Eps, 1 - Eps) : 0.5;
        theta[0] = g.Mu;
        theta[1] = Math.Log(g.Omega);
        theta[2] = Math.Log(p / (1 - p));
        theta[3] = Math.Log(s / (1 - s));
    }

    /// <summary>Converts ∂f/∂(μ, ω, α, β) into ∂f/∂θ in place.</summary>
    public static void ChainRule(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double lb = Logistic(theta[2]), s = Logistic(theta[3]);
        double p = MaxPersistence * lb, dp = p * (1 - lb), ds = s * (1 - s);
        double gW = gradient[1], gA = gradient[2], gB = gradient[3];
        gradient[1] = gW * Math.Exp(theta[1]);
        gradient[2] = gA * s * dp + gB * (1 - s) * dp;
        gradient[3] = (gA - gB) * p * ds;
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
