using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Exact maximum-likelihood estimation: difference y and the regressors, start μ and β at their
/// least-squares values on the differenced scale and the ARMA part at zero, then maximise the exact
/// likelihood (<see cref="SarimaLikelihood"/>) over the Monahan-transformed space with BFGS.
/// </summary>
internal static class SarimaEstimator
{
    /// <param name="y">The series.</param>
    /// <param name="order">The orders.</param>
    /// <param name="x">Regressor columns, or null.</param>
    /// <param name="start">Starting coefficients (e.g. a neighbouring model's); ignored unless stationary and invertible.</param>
    /// <param name="model">The model when true.</param>
    /// <param name="reason">Why not, when false.</param>
    public static bool TryFit(ReadOnlySpan<double> y, SarimaOrder order, double[][]? x, SarimaCoefficients? start,
        [NotNullWhen(true)] out SarimaModel? model, out string reason)
    {
        model = null;
        x ??= [];
        if (!TryEstimate(y, order, x, start, 1e-6, 100, out var estimate, out reason)) return false;
        model = Build(order, estimate.Coefficients, y, x);
        return true;
    }

    /// <summary>Maximises the likelihood without building the model (the search only needs ℓ and AICc).</summary>
    /// <param name="y">The series.</param>
    /// <param name="order">The orders.</param>
    /// <param name="x">Regressor columns.</param>
    /// <param name="start">Starting coefficients; ignored unless they fit the order and are stationary and invertible.</param>
    /// <param name="gradientTolerance">BFGS stop on max |∂(−ℓ/n)/∂u|; 1e-6 for a final fit, 1e-4 is enough to rank candidates.
    /// The progress stop is tied to it: two iterations each gaining less than 1% of it in −ℓ/n.</param>
    /// <param name="maxIterations">BFGS iteration cap (the best point so far is kept when it is hit).</param>
    /// <param name="estimate">The estimate when true.</param>
    /// <param name="reason">Why not, when false.</param>
    public static bool TryEstimate(ReadOnlySpan<double> y, SarimaOrder order, double[][] x, SarimaCoefficients? start,
        double gradientTolerance, int maxIterations, out SarimaEstimate estimate, out string reason)
    {
        estimate = default;
        if (!SeriesGuard.IsUsable(y, x, out reason)) return false;
        if (!order.IsValid(out reason)) return false;
        var delta = LagPolynomial.Differencing(order.Diff, order.IsSeasonal ? order.SeasonalDiff : 0, order.Period);
        int n = y.Length - delta.Length, k = x.Length;
        if (n < order.CoefficientCount + k + 3)
        {
            reason = $"{y.Length} observations are too few for {order.Name} (need at least {delta.Length + order.CoefficientCount + k + 3})";
            return false;
        }
        var wy = LagPolynomial.Difference(y, delta);
        var wx = x.Select(col => LagPolynomial.Difference(col, delta)).ToArray();
        var (mean0, beta0, residualSd) = LeastSquaresStart(wy, wx, order.Constant);
        if (!(residualSd > 1e-12 * (1 + Math.Abs(mean0))))
        {
            reason = "the series is constant after differencing (and regression): nothing to estimate";
            return false;
        }
        var betaScale = new double[k];
        for (int j = 0; j < k; j++)
        {
            double sdx = StandardDeviation(wx[j]);
            if (!(sdx > 0)) { reason = $"regressor {j} does not vary after differencing"; return false; }
            betaScale[j] = residualSd / sdx;
        }
        var space = new SarimaParameterSpace(order, residualSd, betaScale);
        var likelihood = new SarimaLikelihood(space, wy, wx);
        var u0 = new double[space.Dimension];
        int o = space.ArmaCount;
        if (order.Constant) u0[o++] = mean0 / residualSd;
        for (int j = 0; j < k; j++) u0[o++] = beta0[j] / betaScale[j];
        if (start is not null)
        {
            var seeded = new double[u0.Length];
            if (space.TryFromCoefficients(start, seeded) && seeded.All(double.IsFinite)) u0 = seeded;
        }
        var opt = u0.Length == 0 ? new SarimaOptimizer.Result(u0, 0, 0) : SarimaOptimizer.Minimize(u => likelihood.NegativeMeanLogLikelihood(u), u0, gradientTolerance, maxIterations, gradientTolerance * 1e-2);
        var best = opt.Point;
        var (coefficients, ll) = likelihood.At(best);
        if (!double.IsFinite(ll) || !(coefficients.Sigma2 > 0))
        {
            reason = "the likelihood could not be evaluated (numerical breakdown)";
            return false;
        }
        estimate = new SarimaEstimate(order, coefficients, ll, n);
        return true;
    }

    /// <summary>Runs the filter over the whole series with fixed coefficients (shared by fit and restore).</summary>
    public static SarimaModel Build(SarimaOrder order, SarimaCoefficients c, ReadOnlySpan<double> y, double[][] x)
    {
        var model = new SarimaModel(order, c);
        var xt = new double[x.Length];
        for (int t = 0; t < y.Length; t++)
        {
            for (int j = 0; j < x.Length; j++) xt[j] = x[j][t];
            model.Update(y[t], xt);
        }
        return model;
    }

    private static (double Mean, double[] Beta, double ResidualSd) LeastSquaresStart(double[] wy, double[][] wx, bool constant)
    {
        int n = wy.Length, k = wx.Length, cols = k + (constant ? 1 : 0);
        if (cols == 0) return (0, [], Math.Sqrt(wy.Sum(v => v * v) / n));
        if (k == 0)
        {
            double average = wy.Average();
            return (constant ? average : 0, [], Math.Sqrt(wy.Sum(v => (v - average) * (v - average)) / n));
        }
        var design = Matrix<double>.Build.Dense(n, cols, (i, j) => constant ? (j == 0 ? 1 : wx[j - 1][i]) : wx[j][i]);
        var b = design.QR().Solve(Vector<double>.Build.DenseOfArray(wy));
        var resid = Vector<double>.Build.DenseOfArray(wy) - design * b;
        double sd = Math.Sqrt(resid.DotProduct(resid) / n);
        double mean = constant ? b[0] : 0;
        var beta = Enumerable.Range(constant ? 1 : 0, k).Select(j => b[j]).ToArray();
        return (mean, beta, double.IsFinite(sd) ? sd : 0);
    }

    private static double StandardDeviation(double[] v)
    {
        double m = v.Average();
        return Math.Sqrt(v.Sum(a => (a - m) * (a - m)) / v.Length);
    }
}
