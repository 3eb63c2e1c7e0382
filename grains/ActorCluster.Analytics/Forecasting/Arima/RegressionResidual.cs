using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>Least-squares residuals used to choose orders when regressors are present (as auto.arima does).</summary>
internal static class RegressionResidual
{
    /// <summary>y minus its OLS fit on (1, x₁…x_k); y itself without regressors.</summary>
    public static double[] Levels(ReadOnlySpan<double> y, double[][] x)
    {
        var w = y.ToArray();
        if (x.Length == 0) return w;
        var beta = Coefficients(w, x);
        double mean = 0;
        for (int t = 0; t < w.Length; t++)
        {
            for (int j = 0; j < x.Length; j++) w[t] -= beta[j] * x[j][t];
            mean += w[t];
        }
        mean /= w.Length;
        for (int t = 0; t < w.Length; t++) w[t] -= mean;
        return w;
    }

    /// <summary>The slopes β of w on (1, x₁…x_k).</summary>
    public static double[] Coefficients(double[] w, double[][] x)
    {
        int n = w.Length;
        var design = Matrix<double>.Build.Dense(n, x.Length + 1, (i, j) => j == 0 ? 1 : x[j - 1][i]);
        var fit = design.QR().Solve(Vector<double>.Build.DenseOfArray(w));
        return [.. fit.Skip(1).Select(v => double.IsFinite(v) ? v : 0)];
    }
}
