namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Exact Kalman filter for a zero-mean ARMA(p*, q*) written in Harvey's state-space form
/// (Harvey 1989, §3.3; Durbin &amp; Koopman 2012, §3.4): r = max(p*, q* + 1),
/// αₜ₊₁ = Tαₜ + R εₜ₊₁, wₜ = αₜ[0], with T = [φ* | I over 0] and R = (1, θ*₁, …, θ*ᵣ₋₁)'.
/// Variances are in units of σ², so σ² can be concentrated out of the likelihood.
/// The filter starts from the stationary covariance P₀ = TP₀T' + RR' and, once the predicted
/// covariance stops changing, switches to the steady-state gain so each step costs O(r).
/// </summary>
internal sealed class ArmaKalmanFilter
{
    private const double SteadyTolerance = 1e-11;
    private readonly double[] _phi;
    private readonly double[] _r;
    private readonly double[] _a;
    private double[] _p;
    private double[] _scratch;
    private bool _steady;

    public ArmaKalmanFilter(double[] arStar, double[] maStar)
    {
        Dimension = Math.Max(arStar.Length, maStar.Length + 1);
        int m = Dimension;
        _phi = new double[m];
        arStar.CopyTo(_phi, 0);
        _r = new double[m];
        _r[0] = 1;
        maStar.CopyTo(_r, 1);
        _a = new double[m];
        _p = new double[m * m];
        _scratch = new double[m * m];
        StationaryCovariance.Compute(_phi, _r, _p);
    }

    /// <summary>State dimension r.</summary>
    public int Dimension { get; }

    /// <summary>Predicted state mean aₜ (one step ahead of the last observation).</summary>
    public ReadOnlySpan<double> State => _a;

    /// <summary>Predicted state covariance Pₜ / σ², row-major r×r.</summary>
    public ReadOnlySpan<double> Covariance => _p;

    /// <summary>Transition coefficients φ* padded to length r.</summary>
    public ReadOnlySpan<double> Phi => _phi;

    /// <summary>Disturbance loading R = (1, θ*₁, …).</summary>
    public ReadOnlySpan<double> Loading => _r;

    /// <summary>
    /// Absorbs one observation w (already differenced and centred). Returns the innovation v and
    /// its variance F / σ². F is never below 1 for a valid model.
    /// </summary>
    public (double V, double F) Step(double w)
    {
        int m = Dimension;
        double v = w - _a[0];
        double f = _p[0];
        // With no measurement noise the filtered first state equals w exactly.
        double scale = v / f;
        for (int i = 0; i < m; i++) _a[i] += _p[i * m] * scale;
        double a0 = _a[0];
        for (int i = 0; i < m - 1; i++) _a[i] = _phi[i] * a0 + _a[i + 1];
        _a[m - 1] = _phi[m - 1] * a0;
        if (_steady) return (v, f);

        // Filtered P has a zero first row and column, so TP_fT' is P_f shifted up-left by one:
        // P'[i,j] = P[i+1,j+1] − P[i+1,0]·P[0,j+1]/F + RᵢRⱼ, with P[m,·] = 0.
        double change = 0, invF = 1 / f;
        ReadOnlySpan<double> p = _p, row0 = p[..m], load = _r;
        Span<double> next = _scratch;
        for (int i = 0; i < m; i++)
        {
            Span<double> dst = next.Slice(i * m, m);
            ReadOnlySpan<double> old = p.Slice(i * m, m);
            double ri = load[i];
            if (i + 1 < m)
            {
                ReadOnlySpan<double> src = p.Slice((i + 1) * m, m);
                double ci = src[0] * invF;
                for (int j = 0; j < m - 1; j++) dst[j] = src[j + 1] - ci * row0[j + 1] + ri * load[j];
            }
            else
            {
                for (int j = 0; j < m - 1; j++) dst[j] = ri * load[j];
            }
            dst[m - 1] = ri * load[m - 1];
            for (int j = 0; j < m; j++) change = Math.Max(change, Math.Abs(dst[j] - old[j]));
        }
        (_p, _scratch) = (_scratch, _p);
        _steady = change < SteadyTolerance;
        return (v, f);
    }
}
