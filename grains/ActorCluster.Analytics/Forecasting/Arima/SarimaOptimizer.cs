using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Quasi-Newton (BFGS with an Armijo backtracking line search, Nocedal &amp; Wright 2006, Alg. 6.1 and §6.1 scaling)
/// on a forward-difference gradient, with MathNet's Nelder–Mead simplex as the fallback when it cannot move.
/// It stops on a small gradient, on a step that no longer moves, or when two successive iterations each gain less
/// than <c>functionTolerance·(1 + |f|)</c>. The last rule matters: a likelihood maximised on the unit-root boundary
/// (an MA root at −1, common for over-differenced daily sales) is approached only asymptotically in the transformed
/// space, and MathNet's BFGS applies its progress stop only after 500 iterations.
/// </summary>
internal static class SarimaOptimizer
{
    private const double Step = 1e-7;
    private const double MaxStep = 4;

    public readonly record struct Result(double[] Point, double Value, int Evaluations);

    public static Result Minimize(Func<double[], double> objective, double[] start,
        double gradientTolerance = 1e-6, int maxIterations = 100, double functionTolerance = 1e-12)
    {
        int k = start.Length, evaluations = 0;
        double Eval(double[] x) { evaluations++; double f = objective(x); return double.IsFinite(f) ? f : double.PositiveInfinity; }

        var x = (double[])start.Clone();
        double f = Eval(x);
        if (!double.IsFinite(f)) return Fallback(objective, start, ref evaluations);
        var g = Gradient(Eval, x, f);
        var h = Identity(k);
        var p = new double[k];
        var trial = new double[k];
        int stalls = 0;
        bool moved = false;
        for (int iter = 0; iter < maxIterations && MaxAbs(g) >= gradientTolerance; iter++)
        {
            for (int i = 0; i < k; i++) { p[i] = 0; for (int j = 0; j < k; j++) p[i] -= h[i, j] * g[j]; }
            double slope = Dot(p, g);
            if (!(slope < 0)) { h = Identity(k); for (int i = 0; i < k; i++) p[i] = -g[i]; slope = -Dot(g, g); }
            double alpha = Math.Min(1, MaxStep / Math.Max(MaxAbs(p), 1e-300)), fNew = double.PositiveInfinity;
            for (int attempt = 0; attempt < 30; attempt++, alpha *= 0.5)
            {
                for (int i = 0; i < k; i++) trial[i] = x[i] + alpha * p[i];
                fNew = Eval(trial);
                if (fNew <= f + 1e-4 * alpha * slope) break;
            }
            if (!(fNew < f)) break;
            moved = true;
            var gNew = Gradient(Eval, trial, fNew);
            var s = new double[k];
            var yv = new double[k];
            for (int i = 0; i < k; i++) { s[i] = trial[i] - x[i]; yv[i] = gNew[i] - g[i]; }
            double sy = Dot(s, yv);
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(yv, yv)))
            {
                if (iter == 0) h = Identity(k, sy / Dot(yv, yv));
                Update(h, s, yv, sy);
            }
            double gain = f - fNew;
            (x, trial) = (trial, x);
            f = fNew;
            g = gNew;
            stalls = gain < functionTolerance * (1 + Math.Abs(f)) ? stalls + 1 : 0;
            if (stalls >= 2 || MaxAbs(s) < 1e-10) break;
        }
        // A first line search that cannot descend means a rough or flat objective: let the simplex try.
        return moved || MaxAbs(g) < gradientTolerance ? new Result(x, f, evaluations) : Fallback(objective, start, ref evaluations);
    }

    /// <summary>H ← (I − ρsy')H(I − ρys') + ρss', ρ = 1/(y's).</summary>
    private static void Update(double[,] h, double[] s, double[] y, double sy)
    {
        int k = s.Length;
        double rho = 1 / sy;
        var hy = new double[k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) hy[i] += h[i, j] * y[j];
        double yhy = Dot(y, hy);
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                h[i, j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }

    private static double[] Gradient(Func<double[], double> eval, double[] x, double f)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double xi = x[i];
            x[i] = xi + Step;
            double up = eval(x);
            x[i] = xi;
            g[i] = double.IsFinite(up) ? (up - f) / Step : 0;
        }
        return g;
    }

    private static Result Fallback(Func<double[], double> objective, double[] start, ref int evaluations)
    {
        var best = (Point: (double[])start.Clone(), Value: objective(start));
        int count = 0;
        try
        {
            var simplex = ObjectiveFunction.Value(v =>
            {
                count++;
                double f = objective(v.ToArray());
                if (f < best.Value) best = (v.ToArray(), f);
                return double.IsFinite(f) ? f : double.MaxValue;
            });
            NelderMeadSimplex.Minimum(simplex, Vector<double>.Build.DenseOfArray(start), 1e-10, 2000);
        }
        catch (Exception ex) when (ex is OptimizationException or ArithmeticException or ArgumentException)
        {
            // Keep the best point seen.
        }
        evaluations += count;
        return new Result(best.Point, best.Value, evaluations);
    }

    private static double[,] Identity(int k, double scale = 1)
    {
        var m = new double[k, k];
        for (int i = 0; i < k; i++) m[i, i] = scale;
        return m;
    }

    private static double Dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

    private static double MaxAbs(double[] a) { double m = 0; foreach (var v in a) m = Math.Max(m, Math.Abs(v)); return m; }
}
