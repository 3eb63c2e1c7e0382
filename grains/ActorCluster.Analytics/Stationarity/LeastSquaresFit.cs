using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Ordinary least squares by Householder QR (MathNet), with the standard error of one coefficient:
/// se(bⱼ) = √(s² [(X'X)⁻¹]ⱼⱼ), s² = SSR/(n − k), and (X'X)⁻¹ = R⁻¹R⁻ᵀ.
/// </summary>
internal readonly record struct LeastSquaresFit(double[] Coefficients, double Ssr, int Observations, double FirstStandardError)
{
    /// <summary>Fits y on the columns of x (n×k, full column rank expected); NaNs when rank-deficient.</summary>
    public static LeastSquaresFit Compute(Matrix<double> x, double[] y)
    {
        int n = x.RowCount, k = x.ColumnCount;
        var qr = x.QR();
        var yv = Vector<double>.Build.DenseOfArray(y);
        var b = qr.Solve(yv);
        var resid = yv - x * b;
        double ssr = resid.DotProduct(resid);
        var r = qr.R.SubMatrix(0, k, 0, k);
        double minDiag = Enumerable.Range(0, k).Min(i => Math.Abs(r[i, i]));
        double maxDiag = Enumerable.Range(0, k).Max(i => Math.Abs(r[i, i]));
        if (!(minDiag > 1e-12 * maxDiag) || n <= k)
            return new LeastSquaresFit(b.ToArray(), ssr, n, double.NaN);
        var rInv = r.Inverse();
        // [(X'X)⁻¹]₀₀ = Σⱼ (R⁻¹)₀ⱼ²
        double v00 = rInv.Row(0).DotProduct(rInv.Row(0));
        return new LeastSquaresFit(b.ToArray(), ssr, n, Math.Sqrt(ssr / (n - k) * v00));
    }
}
