namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Forward-difference Jacobian of a residual function, all columns in one batched evaluation.</summary>
internal static class FiniteDifferences
{
    /// <summary>
    /// Writes the column-major Jacobian at x (residuals r) into the workspace: step h_j = relativeStep·max(|x_j|,
    /// typical_j), backwards at an upper bound or when the forward point leaves the domain; a column whose both
    /// points fail is zero and flagged in <see cref="LeastSquaresWorkspace.ColumnOk"/>. Returns the
    /// points evaluated.
    /// </summary>
    internal static int Jacobian(IResidualFunction fn, Span<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper,
        ReadOnlySpan<double> typical, double relativeStep, ReadOnlySpan<double> r, LeastSquaresWorkspace ws)
    {
        int n = r.Length, p = x.Length, chains = ws.Chains, evals = p;
        Span<double> points = ws.Points, inv = ws.InverseStep, batch = ws.BatchResiduals, sums = ws.Sums, jac = ws.Jacobian, spare = ws.Spare;
        Span<bool> ok = ws.ColumnOk;
        for (int k = 0; k < chains; k++)
        {
            var row = points.Slice(k * p, p);
            x.CopyTo(row);
            if (k >= p) continue;
            double h = relativeStep * Math.Max(Math.Abs(x[k]), typical[k]);
            if (x[k] + h > upper[k]) h = -h;
            row[k] = x[k] + h;
            spare[k] = row[k] - x[k];
        }
        fn.EvaluateBatch(points[..(chains * p)], chains, batch[..(n * chains)], sums[..chains]);
        for (int j = 0; j < p; j++)
        {
            ok[j] = double.IsFinite(sums[j]) && spare[j] != 0;
            inv[j] = ok[j] ? 1.0 / spare[j] : 0.0;
        }
        for (int t = 0; t < n; t++)
        {
            var row = batch.Slice(t * chains, p);
            double rt = r[t];
            for (int j = 0; j < p; j++) jac[j * n + t] = ok[j] ? (row[j] - rt) * inv[j] : 0.0;
        }
        for (int j = 0; j < p; j++)
        {
            if (ok[j]) continue;
            // The forward point left the domain: try the backward one on its own.
            double xj = x[j], h = -spare[j];
            if (!(h != 0 && xj + h >= lower[j] && xj + h <= upper[j])) continue;
            var col = jac.Slice(j * n, n);
            x[j] = xj + h;
            bool good = fn.Evaluate(x, col);
            double step = x[j] - xj;
            x[j] = xj;
            evals++;
            if (!good || step == 0) { col.Clear(); continue; }
            ok[j] = true;
            for (int t = 0; t < n; t++) col[t] = (col[t] - r[t]) / step;
        }
        return evals;
    }
}
