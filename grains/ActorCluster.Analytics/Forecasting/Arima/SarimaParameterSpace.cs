namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// The unconstrained search space of the optimiser: u = (AR | MA | SAR | SMA | μ | β).
/// Each polynomial block goes through <see cref="MonahanTransform"/> so every point is stationary
/// and invertible; μ and β are scaled so that a unit step in u is about one standard error.
/// </summary>
internal sealed class SarimaParameterSpace(SarimaOrder order, double meanScale, double[] betaScale)
{
    public SarimaOrder Order { get; } = order;

    public int ArmaCount => Order.Ar + Order.Ma + SeasonalP + SeasonalQ;

    public int Dimension => ArmaCount + (Order.Constant ? 1 : 0) + betaScale.Length;

    private int SeasonalP => Order.IsSeasonal ? Order.SeasonalAr : 0;

    private int SeasonalQ => Order.IsSeasonal ? Order.SeasonalMa : 0;

    /// <summary>Maps u to coefficients; σ² is left at 1 for the caller to fill in.</summary>
    public SarimaCoefficients ToCoefficients(ReadOnlySpan<double> u)
    {
        int o = 0;
        var ar = Block(u, ref o, Order.Ar, sign: 1);
        var ma = Block(u, ref o, Order.Ma, sign: -1);
        var sar = Block(u, ref o, SeasonalP, sign: 1);
        var sma = Block(u, ref o, SeasonalQ, sign: -1);
        double mean = Order.Constant ? meanScale * u[o++] : 0;
        var beta = new double[betaScale.Length];
        for (int j = 0; j < beta.Length; j++) beta[j] = betaScale[j] * u[o++];
        return new SarimaCoefficients(ar, ma, sar, sma, mean, beta, 1);
    }

    /// <summary>Maps coefficients back to u; false when a polynomial is not stationary/invertible.</summary>
    public bool TryFromCoefficients(SarimaCoefficients c, Span<double> u)
    {
        if (c.Ar.Length != Order.Ar || c.Ma.Length != Order.Ma || c.SeasonalAr.Length != SeasonalP
            || c.SeasonalMa.Length != SeasonalQ || c.Exogenous.Length != betaScale.Length || u.Length != Dimension) return false;
        int o = 0;
        if (!Unblock(c.Ar, 1, u, ref o) || !Unblock(c.Ma, -1, u, ref o)
            || !Unblock(c.SeasonalAr, 1, u, ref o) || !Unblock(c.SeasonalMa, -1, u, ref o)) return false;
        if (Order.Constant) u[o++] = c.Mean / meanScale;
        for (int j = 0; j < betaScale.Length; j++) u[o++] = c.Exogenous[j] / betaScale[j];
        return true;
    }

    private static double[] Block(ReadOnlySpan<double> u, ref int o, int n, double sign)
    {
        var c = new double[n];
        MonahanTransform.Constrain(u.Slice(o, n), c);
        if (sign < 0) for (int i = 0; i < n; i++) c[i] = -c[i];
        o += n;
        return c;
    }

    private static bool Unblock(double[] c, double sign, Span<double> u, ref int o)
    {
        Span<double> phi = stackalloc double[c.Length];
        for (int i = 0; i < c.Length; i++) phi[i] = sign * c[i];
        bool ok = MonahanTransform.TryUnconstrain(phi, u.Slice(o, c.Length));
        o += c.Length;
        return ok;
    }
}
