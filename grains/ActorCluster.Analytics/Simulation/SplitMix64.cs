namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// The SplitMix64 finaliser, used to turn structured keys (seed, ASIN index, stream, day) into
/// well-spread 64-bit seeds, so each ASIN and each day draws from its own independent stream.
/// </summary>
/// <remarks>Source: Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators",
/// OOPSLA; constants of Vigna's reference <c>splitmix64.c</c>.</remarks>
internal static class SplitMix64
{
    /// <summary>The golden-ratio increment of the SplitMix64 sequence.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The bijective SplitMix64 mix of <paramref name="z"/> + <see cref="Gamma"/>.</summary>
    public static ulong Mix(ulong z)
    {
        z += Gamma;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A seed for the key (<paramref name="a"/>, <paramref name="b"/>); order matters.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(Mix(a) ^ (b * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL));

    /// <summary>A seed for the key (<paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>).</summary>
    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);
}
