using System.Runtime.CompilerServices;

namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// Standard normal variates from a seeded generator whose sequence is ours: xoshiro256** (Blackman &amp; Vigna 2018,
/// "Scrambled linear pseudorandom number generators"), its state filled by SplitMix64 from the seed, and the
/// Box–Muller transform (Box &amp; Muller 1958), both values of each pair used. The same seed gives the same
/// sequence on every runtime, which <see cref="Random"/> does not promise across .NET versions.
/// </summary>
/// <remarks>Not thread-safe: one instance per simulation.</remarks>
public sealed class GaussianSource
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spare;
    private bool _hasSpare;

    /// <summary>A generator seeded with <paramref name="seed"/>; any value (0 included) is a valid seed.</summary>
    public GaussianSource(long seed)
    {
        ulong x = unchecked((ulong)seed);
        _s0 = SplitMix(ref x); _s1 = SplitMix(ref x); _s2 = SplitMix(ref x); _s3 = SplitMix(ref x);
    }

    /// <summary>A uniform variate in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal variate (mean 0, variance 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal()
    {
        if (_hasSpare) { _hasSpare = false; return _spare; }
        double u1 = 1.0 - NextUniform();            // (0, 1]: the logarithm stays finite
        double u2 = NextUniform();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        (double sin, double cos) = Math.SinCos(2.0 * Math.PI * u2);
        (_spare, _hasSpare) = (r * sin, true);
        return r * cos;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong NextBits()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
