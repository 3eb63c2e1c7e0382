namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Gaussian elimination with partial pivoting for the small dense systems inside the likelihood, where
/// allocating MathNet matrices on every evaluation would cost more than the arithmetic.
/// </summary>
internal static class SmallLinearSystem
{
    /// <summary>Solves A x = b in place (A row-major n×n, destroyed; b becomes x); false if singular.</summary>
    public static bool TrySolve(double[] a, double[] b, int n)
    {
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
                if (Math.Abs(a[r * n + col]) > Math.Abs(a[pivot * n + col])) pivot = r;
            if (!(Math.Abs(a[pivot * n + col]) > 1e-13)) return false;
            if (pivot != col)
            {
                for (int c = 0; c < n; c++) (a[col * n + c], a[pivot * n + c]) = (a[pivot * n + c], a[col * n + c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            for (int r = col + 1; r < n; r++)
            {
                double f = a[r * n + col] / a[col * n + col];
                if (f == 0) continue;
                for (int c = col; c < n; c++) a[r * n + c] -= f * a[col * n + c];
                b[r] -= f * b[col];
            }
        }
        for (int r = n - 1; r >= 0; r--)
        {
            double s = b[r];
            for (int c = r + 1; c < n; c++) s -= a[r * n + c] * b[c];
            b[r] = s / a[r * n + r];
        }
        return true;
    }
}
