namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// A closed range [<see cref="Min"/>, <see cref="Max"/>] from which the simulator draws one parameter per
/// ASIN or per category. <see cref="Min"/> = <see cref="Max"/> fixes the parameter.
/// </summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound, at least <paramref name="Min"/>.</param>
public readonly record struct ParameterRange(double Min, double Max)
{
    /// <summary>A range holding the single value <paramref name="value"/>.</summary>
    public static ParameterRange Fixed(double value) => new(value, value);

    /// <summary>True when <paramref name="value"/> lies within the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Throws <see cref="ArgumentException"/> unless both bounds are finite, ordered and within [<paramref name="lowest"/>, <paramref name="highest"/>].</summary>
    /// <param name="name">The setting's name, for the message.</param>
    /// <param name="lowest">Smallest allowed bound.</param>
    /// <param name="highest">Largest allowed bound.</param>
    public void Validate(string name, double lowest, double highest)
    {
        if (!double.IsFinite(Min) || !double.IsFinite(Max) || Min > Max)
            throw new ArgumentException($"{name} must be a finite range with Min ≤ Max, got [{Min}, {Max}]", name);
        if (Min < lowest || Max > highest)
            throw new ArgumentException($"{name} must lie within [{lowest}, {highest}], got [{Min}, {Max}]", name);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Min}, {Max}]";

    // Every draw consumes exactly one number, also for a fixed range, so fixing one parameter in a test
    // leaves the draws of all the others unchanged.
    internal double Uniform(ref Xoshiro256StarStar rng)
    {
        double u = rng.NextDouble();
        return Min == Max ? Min : Min + (Max - Min) * u;
    }

    /// <summary>Log-uniform draw, for scale parameters (demand, price) spanning orders of magnitude; needs Min &gt; 0.</summary>
    internal double LogUniform(ref Xoshiro256StarStar rng)
    {
        double u = rng.NextDouble();
        return Min == Max ? Min : Math.Exp(Math.Log(Min) + (Math.Log(Max) - Math.Log(Min)) * u);
    }

    /// <summary>A whole number of days drawn uniformly from the rounded bounds, inclusive.</summary>
    internal int Days(ref Xoshiro256StarStar rng)
    {
        int lo = (int)Math.Round(Min), hi = (int)Math.Round(Max);
        return lo + rng.NextInt(hi - lo + 1);
    }
}
