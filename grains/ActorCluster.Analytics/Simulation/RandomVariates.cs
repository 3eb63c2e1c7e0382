using MathNet.Numerics;

namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// Samplers for the distributions the market model draws from, all on <see cref="Xoshiro256StarStar"/>
/// so a draw depends only on the generator's state (no shared <see cref="Random"/>).
/// </summary>
internal static class RandomVariates
{
    // Below this mean the Poisson sampler inverts the CDF; above it it uses PTRS, whose constants hold for λ ≥ 10.
    private const double PoissonInversionLimit = 10;

    /// <summary>Standard normal by the Box–Muller transform (one of the pair is used).</summary>
    public static double Normal(ref Xoshiro256StarStar rng)
    {
        double u = rng.NextOpenDouble(), v = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>Poisson with mean <paramref name="lambda"/> (0 when λ ≤ 0 or not finite).</summary>
    /// <remarks>λ &lt; 10: inversion by sequential search. λ ≥ 10: Hörmann (1993), "The transformed
    /// rejection method for generating Poisson random variables", Insurance: Mathematics and Economics
    /// 12(1):39–45, algorithm PTRS.</remarks>
    public static double Poisson(ref Xoshiro256StarStar rng, double lambda)
    {
        if (!(lambda > 0) || double.IsInfinity(lambda)) return 0;
        if (lambda < PoissonInversionLimit)
        {
            double u = rng.NextDouble(), p = Math.Exp(-lambda), cdf = p;
            int k = 0;
            while (u > cdf && k < 1000)
            {
                k++;
                p *= lambda / k;
                cdf += p;
            }
            return k;
        }

        double slam = Math.Sqrt(lambda), logLambda = Math.Log(lambda);
        double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = rng.NextDouble() - 0.5, v = rng.NextOpenDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log(a / (us * us) + b) <= -lambda + k * logLambda - SpecialFunctions.GammaLn(k + 1))
                return k;
        }
    }

    /// <summary>Gamma with shape <paramref name="shape"/> &gt; 0 and scale 1.</summary>
    /// <remarks>Marsaglia and Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
    /// 26(3):363–372; for shape &lt; 1 the boost Gamma(shape + 1)·U^(1/shape) of the same paper.</remarks>
    public static double Gamma(ref Xoshiro256StarStar rng, double shape)
    {
        if (shape < 1) return Gamma(ref rng, shape + 1) * Math.Pow(rng.NextOpenDouble(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(ref rng);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            double u = rng.NextOpenDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }

    /// <summary>
    /// Negative binomial count with mean <paramref name="mean"/> and size (dispersion) <paramref name="size"/>:
    /// variance = mean + mean²/size; an infinite size gives Poisson. Drawn as a gamma–Poisson mixture.
    /// </summary>
    public static double NegativeBinomial(ref Xoshiro256StarStar rng, double mean, double size)
    {
        if (!(mean > 0)) return 0;
        if (double.IsPositiveInfinity(size)) return Poisson(ref rng, mean);
        return Poisson(ref rng, mean / size * Gamma(ref rng, size));
    }
}
