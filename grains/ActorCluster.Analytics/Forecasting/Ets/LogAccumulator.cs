using System.Numerics;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Σ log f_t without a logarithm per step: the running product is kept as mantissa in [1, 2) and a binary exponent,
/// split with bit operations after every multiplication, so it neither overflows nor underflows for positive normal
/// f. The scalar and vector forms perform the same operations, so they agree bit for bit.
/// </summary>
internal static class LogAccumulator
{
    private const long MantissaMask = 0x000F_FFFF_FFFF_FFFFL, ExponentOne = 0x3FF0_0000_0000_0000L;

    /// <summary>Multiplies the mantissa by f (&gt; 0) and renormalises it, moving powers of two into the exponent.</summary>
    internal static double Multiply(double mantissa, double f, ref long exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(mantissa * f);
        exponent += (bits >>> 52) - 1023;
        return BitConverter.Int64BitsToDouble((bits & MantissaMask) | ExponentOne);
    }

    /// <summary>Vector form of <see cref="Multiply(double, double, ref long)"/>, lane by lane.</summary>
    internal static Vector<double> Multiply(Vector<double> mantissa, Vector<double> f, ref Vector<long> exponent)
    {
        var bits = Vector.AsVectorInt64(mantissa * f);
        exponent += Vector.ShiftRightLogical(bits, 52) - new Vector<long>(1023);
        return Vector.AsVectorDouble((bits & new Vector<long>(MantissaMask)) | new Vector<long>(ExponentOne));
    }

    /// <summary>log of mantissa·2^exponent.</summary>
    internal static double Log(double mantissa, long exponent) => exponent * Math.Log(2.0) + Math.Log(mantissa);
}
