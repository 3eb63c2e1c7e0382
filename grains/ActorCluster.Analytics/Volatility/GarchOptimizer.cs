using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Maximises the GARCH(1,1) likelihood over the unconstrained space of <see cref="GarchReparameterisation"/>:
/// BFGS with the analytic gradient, falling back to Nelder–Mead when the line search fails.
/// </summary>
internal static class GarchOptimizer
{
    private static readonly GarchParameters ColdStart = new(0, 0.1, 0.1, 0.8);

    /// <summary>Returns the estimates for standardised data <paramref name="y"/>, or null on failure.</summary>
    public static (GarchParameters? Estimate, int Iterations) Maximise(double[] y, GarchParameters? warmStart)
    {
        var result = Run(y, warmStart ?? ColdStart);
        if (result.Estimate is null && warmStart is not null) result = Run(y, ColdStart);
        return result;
    }

    private static (GarchParameters? Estimate, int Iterations) Run(double[] y, GarchParameters start)
    {
        var theta0 = new double[4];
        GarchReparameterisation.FromParameters(start, theta0);
        var initial = Vector<double>.Build.DenseOfArray(theta0);
        var objective = ObjectiveFunction.Gradient(v => Evaluate(y, v));
        MinimizationResult? best = null;
        try
        {
            best = new BfgsMinimizer(1e-8, 1e-10, 1e-12, 500).FindMinimum(objective, initial);
        }
        catch (Exception ex) when (ex is OptimizationException or ArithmeticException or ArgumentException)
        {
            // BFGS's line search gives up on flat or kinked surfaces; the simplex method does not need it.
        }
        if (best is null || !double.IsFinite(best.FunctionInfoAtMinimum.Value))
        {
            try
            {
                var simplex = ObjectiveFunction.Value(v => Evaluate(y, v).Item1);
                best = new NelderMeadSimplex(1e-10, 5000).FindMinimum(simplex, initial);
            }
            catch (Exception ex) when (ex is OptimizationException or ArithmeticException or ArgumentException)
            {
                return (null, 0);
            }
        }
        if (!double.IsFinite(best.FunctionInfoAtMinimum.Value)) return (null, best.Iterations);
        var p = GarchReparameterisation.ToParameters(best.MinimizingPoint.AsArray() ?? best.MinimizingPoint.ToArray());
        return p.IsValid ? (p, best.Iterations) : (null, best.Iterations);
    }

    /// <summary>Mean negative log-likelihood per observation and its gradient in θ.</summary>
    private static (double, Vector<double>) Evaluate(double[] y, Vector<double> theta)
    {
        var t = theta.AsArray() ?? theta.ToArray();
        var g = new double[4];
        double ll = GarchLikelihood.Evaluate(y, GarchReparameterisation.ToParameters(t), g);
        if (!double.IsFinite(ll)) return (double.MaxValue, Vector<double>.Build.Dense(4));
        GarchReparameterisation.ChainRule(t, g);
        double n = y.Length;
        for (int i = 0; i < 4; i++) g[i] = -g[i] / n;
        return (-ll / n, Vector<double>.Build.DenseOfArray(g));
    }
}
