namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// The exact ARMA likelihood in O(r) per observation with the Chandrasekhar recursions
/// (Morf, Sidhu &amp; Kailath 1974; Herbst 2015, Comput. Econ. 45), valid for a time-invariant model started
/// from its stationary covariance P₀. Then P₂ − P₁ = −k₀k₀'/F₀ has rank one, and with ΔPₜ = WₜMₜWₜ',
/// kₜ = TPₜZ', Fₜ = ZPₜZ':
/// Fₜ₊₁ = Fₜ + Mₜw², kₜ₊₁ = kₜ + TWₜMₜw, Mₜ₊₁ = Mₜ + Mₜ²w²/Fₜ, Wₜ₊₁ = TWₜ − kₜ₊₁w/Fₜ₊₁ (w = ZWₜ).
/// Only the first column of P₀ is needed, Cov(αₜ, wₜ), which follows from the ARMA autocovariances.
/// Used inside the optimiser; <see cref="ArmaKalmanFilter"/> keeps the full covariance for forecasting.
/// </summary>
internal static class ChandrasekharFilter
{
    // Long seasonal periods (s·P up to thousands) must not blow the stack.
    private const int StackLimit = 256;

    /// <summary>Σ vₜ²/Fₜ and Σ ln Fₜ over eₜ − <paramref name="mean"/> (σ² = 1 units); NaNs when the model is not stationary.</summary>
    public static (double SumSquares, double SumLogF) Run(double[] arStar, double[] maStar, ReadOnlySpan<double> e, double mean = 0)
    {
        int r = Math.Max(arStar.Length, maStar.Length + 1);
        Span<double> phi = r <= StackLimit ? stackalloc double[r] : new double[r];
        Span<double> load = r <= StackLimit ? stackalloc double[r] : new double[r];
        phi.Clear(); load.Clear();
        arStar.CopyTo(phi);
        load[0] = 1;
        maStar.CopyTo(load[1..]);

        var psi = ArmaAutocovariance.Psi(arStar, maStar, r);
        Span<double> gamma = r < StackLimit ? stackalloc double[r + 1] : new double[r + 1];
        if (!ArmaAutocovariance.TryCompute(arStar, maStar, psi, gamma)) return (double.NaN, double.NaN);

        // P₀[i,0] = Cov(αₜ[i], wₜ) = Σ_{k≥i} φₖγ(k−i+1) + Rₖψₖ₋ᵢ  (0-based φₖ = φ*ₖ₊₁, Rₖ = θ*ₖ).
        Span<double> p0 = r <= StackLimit ? stackalloc double[r] : new double[r];
        for (int i = 0; i < r; i++)
        {
            double s = 0;
            for (int k = i; k < r; k++) s += phi[k] * gamma[k - i + 1] + load[k] * psi[k - i];
            p0[i] = s;
        }
        double f = p0[0];
        if (!(f > 0)) return (double.NaN, double.NaN);
        Span<double> k0 = r <= StackLimit ? stackalloc double[r] : new double[r];
        Transition(phi, p0, k0);
        Span<double> w = r <= StackLimit ? stackalloc double[r] : new double[r];
        Span<double> a = r <= StackLimit ? stackalloc double[r] : new double[r];
        k0.CopyTo(w);
        a.Clear();
        double m = -1 / f, ss = 0, sumLogF = 0, productF = 1;
        bool steady = false;
        for (int t = 0; t < e.Length; t++)
        {
            double v = e[t] - mean - a[0];
            ss += v * v / f;
            // ln is the costliest operation per step: take it of a product of (bounded) Fₜ every 16 steps.
            productF *= f;
            if ((t & 15) == 15) { sumLogF += Math.Log(productF); productF = 1; }

            // aₜ₊₁ = Taₜ + kₜvₜ/Fₜ
            double gain = v / f, a0 = a[0];
            for (int i = 0; i < r - 1; i++) a[i] = phi[i] * a0 + a[i + 1] + k0[i] * gain;
            a[r - 1] = phi[r - 1] * a0 + k0[r - 1] * gain;
            if (steady) continue;

            double w0 = w[0], mw0 = m * w0;
            double fNext = f + mw0 * w0;
            if (!(fNext > 0)) return (double.NaN, double.NaN);
            double shrink = w0 / fNext, wmax = 0;
            for (int i = 0; i < r; i++)
            {
                // TWₜ, then kₜ₊₁ = kₜ + TWₜMₜw and Wₜ₊₁ = TWₜ − kₜ₊₁w/Fₜ₊₁; W[i+1] is still the old value here.
                double tw = phi[i] * w0 + (i + 1 < r ? w[i + 1] : 0);
                k0[i] += tw * mw0;
                w[i] = tw - k0[i] * shrink;
                wmax = Math.Max(wmax, Math.Abs(w[i]));
            }
            m += mw0 * mw0 / f;
            f = fNext;
            // ΔP = WMW' has become negligible: P, F and the gain are constant from here on.
            steady = Math.Abs(m) * wmax * wmax < 1e-13 * f;
        }
        sumLogF += Math.Log(productF);
        return (ss, sumLogF);
    }

    private static void Transition(ReadOnlySpan<double> phi, ReadOnlySpan<double> x, Span<double> result)
    {
        int r = phi.Length;
        for (int i = 0; i < r - 1; i++) result[i] = phi[i] * x[0] + x[i + 1];
        result[r - 1] = phi[r - 1] * x[0];
    }
}
