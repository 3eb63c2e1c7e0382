using System.Numerics;
using System.Runtime.InteropServices;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The recursions of <see cref="EtsFilter"/> for several parameter sets at once, one per SIMD lane. A single pass is
/// bound by the latency of its level → forecast → error → level chain; independent chains side by side fill the
/// pipeline instead, so the finite-difference Jacobian and line-search trials cost about one pass each.
/// </summary>
/// <remarks>
/// Layouts, with K chains (a multiple of <see cref="Vector{T}.Count"/>): per-chain arrays of length K; the seasonal
/// ring and the errors time-major (ring[pos·K + k], errors[t·K + k]). Absent components are expressed by value:
/// beta = phi = slope = 0 without trend, a ring of one zero row and gamma = 0 without season. Arithmetic is the same
/// as the scalar filter's, operation for operation.
/// </remarks>
internal static class EtsBatchFilter
{
    /// <summary>
    /// Runs all chains over <paramref name="y"/>. <paramref name="sumSquares"/> receives Σe² per chain, or +∞ when
    /// the chain left the domain (a forecast or divisor that must be positive was not, or a non-finite sum).
    /// </summary>
    internal static void Run(EtsError error, bool multiplicativeSeason, int chains,
        ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta, ReadOnlySpan<double> gamma, ReadOnlySpan<double> phi,
        Span<double> level, Span<double> slope, Span<double> ring, ReadOnlySpan<double> y,
        Span<double> errors, Span<double> sumSquares, Span<double> sumLog)
    {
        int w = chains / Vector<double>.Count, m = ring.Length / chains;
        var va = MemoryMarshal.Cast<double, Vector<double>>(alpha);
        var vbeta = MemoryMarshal.Cast<double, Vector<double>>(beta);
        var vg = MemoryMarshal.Cast<double, Vector<double>>(gamma);
        var vphi = MemoryMarshal.Cast<double, Vector<double>>(phi);
        var vl = MemoryMarshal.Cast<double, Vector<double>>(level);
        var vb = MemoryMarshal.Cast<double, Vector<double>>(slope);
        var vr = MemoryMarshal.Cast<double, Vector<double>>(ring);
        var ve = MemoryMarshal.Cast<double, Vector<double>>(errors[..(y.Length * chains)]);
        Span<Vector<double>> sse = stackalloc Vector<double>[w], prod = stackalloc Vector<double>[w], low = stackalloc Vector<double>[w];
        Span<Vector<long>> exponent = stackalloc Vector<long>[w];
        sse.Clear(); exponent.Clear(); prod.Fill(Vector<double>.One); low.Fill(Vector<double>.One);
        bool relative = error == EtsError.Multiplicative;
        int pos = 0;
        for (int t = 0; t < y.Length; t++)
        {
            var yv = new Vector<double>(y[t]);
            int rb = pos * w, eb = t * w;
            for (int v = 0; v < w; v++)
            {
                var phib = vphi[v] * vb[v];
                var q = vl[v] + phib;
                var s = vr[rb + v];
                Vector<double> f, e;
                if (multiplicativeSeason)
                {
                    low[v] = Vector.Min(low[v], Vector.Min(s, q));
                    f = q * s; e = yv - f;
                    var p = yv / s - q;
                    vl[v] = q + va[v] * p;
                    vb[v] = phib + vbeta[v] * p;
                    vr[rb + v] = s + vg[v] * (yv / q - s);
                }
                else
                {
                    f = q + s; e = yv - f;
                    vl[v] = q + va[v] * e;
                    vb[v] = phib + vbeta[v] * e;
                    vr[rb + v] = s + vg[v] * e;
                }
                if (relative)
                {
                    low[v] = Vector.Min(low[v], f);
                    e /= f;
                    var ex = exponent[v];
                    prod[v] = LogAccumulator.Multiply(prod[v], f, ref ex);
                    exponent[v] = ex;
                }
                ve[eb + v] = e;
                sse[v] += e * e;
            }
            if (++pos == m) pos = 0;
        }
        int lanes = Vector<double>.Count;
        for (int v = 0; v < w; v++)
        {
            for (int i = 0; i < lanes; i++)
            {
                int k = v * lanes + i;
                bool ok = low[v][i] > 0.0 && double.IsFinite(sse[v][i]) && double.IsFinite(vl[v][i]) && double.IsFinite(vb[v][i]);
                sumSquares[k] = ok ? sse[v][i] : double.PositiveInfinity;
                sumLog[k] = relative ? LogAccumulator.Log(prod[v][i], exponent[v][i]) : 0.0;
            }
        }
    }
}
