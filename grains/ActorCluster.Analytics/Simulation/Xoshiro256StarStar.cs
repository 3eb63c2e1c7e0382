namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// The xoshiro256** generator: 256 bits of state, period 2^256 − 1, fast and statistically strong.
/// A mutable struct: keep it in a local or a field and pass it by <c>ref</c>, never by value.
/// </summary>
/// <remarks>Source: Blackman and Vigna (2021), "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4); seeded, as the authors advise, from a SplitMix64 sequence.</remarks>
internal struct Xoshiro256StarStar
{
    private const double Epsilon53 = 1.0 / (1UL << 53);

    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator whose state is four SplitMix64 outputs starting from <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        _s0 = SplitMix64.Mix(seed);
        _s1 = SplitMix64.Mix(seed += SplitMix64.Gamma);
        _s2 = SplitMix64.Mix(seed += SplitMix64.Gamma);
        _s3 = SplitMix64.Mix(seed + SplitMix64.Gamma);
    }

    /// <summary>A generator with the given raw state (not all zero), for checking against the reference outputs.</summary>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * Epsilon53;

    /// <summary>Uniform on the open interval (0, 1), safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * Epsilon53;

    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="n"/>), n ≥ 1 (Lemire's multiply-shift; bias below 2^-32 for the sizes used here).</summary>
    public int NextInt(int n) => (int)((NextUInt64() >> 32) * (ulong)n >> 32);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
