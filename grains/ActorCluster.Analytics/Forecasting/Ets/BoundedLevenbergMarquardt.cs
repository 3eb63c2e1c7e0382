using System.Buffers;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Levenberg–Marquardt for box-constrained nonlinear least squares, with a forward-difference Jacobian and a
/// batched line search.
/// </summary>
/// <remarks>
/// Marquardt's scaled damping (A + λ·diag A)δ = -g with Nielsen's update of λ (Madsen, Nielsen &amp; Tingleff 2004,
/// "Methods for non-linear least squares problems", §3.2). Bounds by projection: a variable on a bound with the
/// gradient pushing outward is held for that iteration, the others step and are clipped (projected Gauss–Newton,
/// cf. Nocedal &amp; Wright 2006, §16.7). Gauss–Newton converges only linearly on large-residual problems such as
/// ETS likelihoods, so (i) the model Hessian is augmented with NL2SOL's secant term whenever that predicted the last
/// step better (<see cref="SecantCorrection"/>), and (ii) each iteration tries δ, 2δ, 4δ, 8δ together in one
/// <see cref="IResidualFunction.EvaluateBatch"/> and keeps the best. Stops when two accepted iterations in a row reduce
/// the sum of squares by less than <c>tolerance</c> relative, when the step vanishes, when no damping gives descent,
/// or at the iteration limit. Work buffers come from <see cref="ArrayPool{T}"/>.
/// </remarks>
internal static class BoundedLevenbergMarquardt
{
    private const double RelativeStep = 1e-7;
    private const int MaxAttempts = 30;

    internal static LeastSquaresResult Minimize(IResidualFunction fn, Span<double> x, ReadOnlySpan<double> lower,
        ReadOnlySpan<double> upper, ReadOnlySpan<double> typical, int maxIterations, double tolerance)
    {
        using var ws = new LeastSquaresWorkspace(fn.Count, x.Length);
        ws.Secant.Clear();
        return Run(fn, x, lower, upper, typical, maxIterations, tolerance, ws);
    }

    private static LeastSquaresResult Run(IResidualFunction fn, Span<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper,
        ReadOnlySpan<double> typical, int maxIterations, double tolerance, LeastSquaresWorkspace ws)
    {
        int n = ws.N, p = ws.P, trials = ws.Trials, evals = 1, iter = 0, quiet = 0;
        Span<double> r = ws.R, g = ws.G, delta = ws.Delta, damp = ws.Damp, a = ws.A, c = ws.C, points = ws.Points, sums = ws.Sums, trialRes = ws.TrialResiduals;
        Span<int> free = ws.Free;
        for (int j = 0; j < p; j++) x[j] = Math.Clamp(x[j], lower[j], upper[j]);
        if (!fn.Evaluate(x, r)) return new LeastSquaresResult(false, double.NaN, 0, evals, false);
        double f = DenseKernels.Dot(r, r), lambda = 1e-3, nu = 2.0;
        bool converged = false, useSecant = false;
        while (!converged && iter < maxIterations)
        {
            iter++;
            evals += FiniteDifferences.Jacobian(fn, x, lower, upper, typical, RelativeStep, r, ws);
            int nf = NormalEquations(ws.Jacobian, r, x, lower, upper, ws.ColumnOk, a, g, free, out double maxDiag);
            if (iter > 1)
            {
                // y = g⁺ - g, y# = g⁺ - J_oldᵀ r⁺ (NL2SOL's structured secant pair).
                Span<double> y = ws.SecantWork[..p], ySharp = ws.SecantWork.Slice(p, p);
                for (int j = 0; j < p; j++) { y[j] = g[j] - ws.PreviousGradient[j]; ySharp[j] = g[j] - ws.OldJacobianTimesResiduals[j]; }
                SecantCorrection.Update(ws.Secant, ws.Step, y, ySharp, ws.SecantWork[(2 * p)..]);
            }
            if (nf == 0) { converged = true; break; }
            double floor = 1e-12 * maxDiag + double.Epsilon;
            bool accepted = false;
            for (int attempt = 0; attempt < MaxAttempts && !accepted && !converged; attempt++)
            {
                for (int u = 0; u < nf; u++)
                {
                    int ju = free[u];
                    damp[u] = Math.Max(a[ju * p + ju], floor);
                    for (int v = 0; v < nf; v++) c[u * nf + v] = a[ju * p + free[v]] + (useSecant ? ws.Secant[ju * p + free[v]] : 0.0);
                    c[u * nf + u] += lambda * damp[u];
                    delta[u] = -g[ju];
                }
                if (!DenseKernels.Cholesky(c, nf)) { lambda *= nu; nu *= 2; continue; }
                DenseKernels.CholeskySolve(c, nf, delta[..nf]);
                if (!TrialPoints(x, lower, upper, typical, delta, free[..nf], points, trials)) { converged = true; break; }
                fn.EvaluateBatch(points, trials, trialRes, sums);
                evals += trials;
                int best = 0;
                for (int k = 1; k < trials; k++) if (sums[k] < sums[best]) best = k;
                if (!(sums[best] < f)) { lambda *= nu; nu *= 2; converged = lambda > 1e20; continue; }
                double predicted = 0.0;
                for (int u = 0; u < nf; u++) predicted += delta[u] * (lambda * damp[u] * delta[u] - g[free[u]]);
                double rho = predicted > 0 && sums[0] < f ? (f - sums[0]) / predicted : 0.0;
                lambda = rho > 0 ? Math.Max(lambda * Math.Max(1.0 / 3.0, 1.0 - Math.Pow(2.0 * rho - 1.0, 3)), 1e-15) : lambda * 2;
                nu = 2.0;
                quiet = f - sums[best] <= tolerance * f ? quiet + 1 : 0;
                double previous = f;
                f = sums[best];
                for (int j = 0; j < p; j++) ws.Step[j] = points[best * p + j] - x[j];
                useSecant = SecantCorrection.PredictsBetter(a, ws.Secant, g, ws.Step, 0.5 * (previous - f));
                points.Slice(best * p, p).CopyTo(x);
                for (int t = 0; t < n; t++) r[t] = trialRes[t * trials + best];
                g.CopyTo(ws.PreviousGradient);
                for (int j = 0; j < p; j++) ws.OldJacobianTimesResiduals[j] = DenseKernels.Dot(ws.Jacobian.Slice(j * n, n), r);
                accepted = true;
                converged = quiet >= 2;
            }
            if (!accepted) converged = true;
        }
        return new LeastSquaresResult(true, f, iter, evals, converged);
    }

    /// <summary>Rows x + 2^i·δ (clipped to the box) for i = 0 … trials-1; false when even the full step does not move x.</summary>
    private static bool TrialPoints(ReadOnlySpan<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ReadOnlySpan<double> typical,
        ReadOnlySpan<double> delta, ReadOnlySpan<int> free, Span<double> points, int trials)
    {
        int p = x.Length;
        bool moved = false;
        for (int i = 0; i < trials; i++)
        {
            var row = points.Slice(i * p, p);
            x.CopyTo(row);
            double factor = 1 << i;
            for (int u = 0; u < free.Length; u++)
            {
                int j = free[u];
                row[j] = Math.Clamp(x[j] + factor * delta[u], lower[j], upper[j]);
                if (i == 0) moved |= Math.Abs(row[j] - x[j]) > 1e-13 * (Math.Abs(x[j]) + typical[j]);
            }
        }
        return moved;
    }

    /// <summary>A = JᵀJ and g = Jᵀr from the column-major Jacobian; returns the free variables.</summary>
    private static int NormalEquations(ReadOnlySpan<double> jac, ReadOnlySpan<double> r, ReadOnlySpan<double> x, ReadOnlySpan<double> lower,
        ReadOnlySpan<double> upper, ReadOnlySpan<bool> columnOk, Span<double> a, Span<double> g, Span<int> free, out double maxDiag)
    {
        int n = r.Length, p = x.Length, nf = 0;
        maxDiag = 0.0;
        for (int j = 0; j < p; j++)
        {
            var cj = jac.Slice(j * n, n);
            g[j] = DenseKernels.Dot(cj, r);
            for (int k = j; k < p; k++) a[j * p + k] = a[k * p + j] = DenseKernels.Dot(cj, jac.Slice(k * n, n));
            maxDiag = Math.Max(maxDiag, a[j * p + j]);
        }
        for (int j = 0; j < p; j++)
        {
            bool pinned = (x[j] <= lower[j] && g[j] > 0) || (x[j] >= upper[j] && g[j] < 0);
            if (columnOk[j] && !pinned && g[j] != 0) free[nf++] = j;
        }
        return nf;
    }
}
