using System.Numerics;
using System.Runtime.InteropServices;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Small allocation-free dense kernels for the least-squares optimiser.</summary>
internal static class DenseKernels
{
    /// <summary>Dot product, vectorised with <see cref="Vector{T}"/>.</summary>
    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, i = 0;
        double sum = 0.0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..n]);
            Vector<double> acc0 = Vector<double>.Zero, acc1 = Vector<double>.Zero;
            int v = 0;
            for (; v + 1 < va.Length; v += 2) { acc0 += va[v] * vb[v]; acc1 += va[v + 1] * vb[v + 1]; }
            if (v < va.Length) acc0 += va[v] * vb[v];
            sum = Vector.Sum(acc0 + acc1);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>
    /// In-place Cholesky factorisation of the leading k×k block of a row-major matrix with row stride
    /// <paramref name="k"/>; the lower triangle receives L. False when the matrix is not positive definite.
    /// </summary>
    internal static bool Cholesky(Span<double> c, int k)
    {
        for (int j = 0; j < k; j++)
        {
            double d = c[j * k + j];
            for (int q = 0; q < j; q++) d -= c[j * k + q] * c[j * k + q];
            if (!(d > 0.0)) return false;
            d = Math.Sqrt(d);
            c[j * k + j] = d;
            for (int i = j + 1; i < k; i++)
            {
                double s = c[i * k + j];
                for (int q = 0; q < j; q++) s -= c[i * k + q] * c[j * k + q];
                c[i * k + j] = s / d;
            }
        }
        return true;
    }

    /// <summary>Solves L Lᵀ z = b in place for the factor written by <see cref="Cholesky"/>.</summary>
    internal static void CholeskySolve(ReadOnlySpan<double> c, int k, Span<double> b)
    {
        for (int i = 0; i < k; i++)
        {
            double s = b[i];
            for (int q = 0; q < i; q++) s -= c[i * k + q] * b[q];
            b[i] = s / c[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int q = i + 1; q < k; q++) s -= c[q * k + i] * b[q];
            b[i] = s / c[i * k + i];
        }
    }
}
