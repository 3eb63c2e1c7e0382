namespace ActorCluster.Analytics.Features;

/// <summary>
/// Exponentially weighted moving average: s₁ = x₁, sₜ = α·xₜ + (1 − α)·sₜ₋₁. O(1) per push.
/// </summary>
/// <remarks>
/// <para>Seeded with the first finite value (pandas <c>ewm(adjust=False)</c>). A span N gives
/// α = 2 / (N + 1), the usual convention (Hunter 1986; NIST/SEMATECH e-Handbook §6.3.2.4).</para>
/// <para>Missing values: a non-finite push is ignored (the average carries over); <see cref="Value"/>
/// is NaN until the first finite value.</para>
/// <para>Rebuilding by replaying a window of n values instead of the whole history changes the value by
/// at most (1 − α)ⁿ times the difference of the seeds: for span 20 and a 400-period window, &lt; 1e-17.</para>
/// </remarks>
public sealed class Ewma
{
    /// <param name="alpha">Smoothing weight of the newest value, in (0, 1].</param>
    public Ewma(double alpha)
    {
        if (!(alpha > 0 && alpha <= 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 1]");
        Alpha = alpha;
    }

    /// <summary>An average with α = 2 / (<paramref name="span"/> + 1); span at least 1.</summary>
    public static Ewma FromSpan(double span)
    {
        if (!(span >= 1)) throw new ArgumentOutOfRangeException(nameof(span), span, "span must be at least 1");
        return new Ewma(2 / (span + 1));
    }

    /// <summary>Weight of the newest value.</summary>
    public double Alpha { get; }

    /// <summary>The current average; NaN before the first finite value.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Finite values absorbed.</summary>
    public long Count { get; private set; }

    /// <summary>Absorbs one value; a non-finite one is ignored.</summary>
    public void Push(double value)
    {
        if (!double.IsFinite(value)) return;
        Value = Count++ == 0 ? value : Value + Alpha * (value - Value);
    }

    /// <summary>Forgets every value.</summary>
    public void Reset()
    {
        Value = double.NaN;
        Count = 0;
    }
}
