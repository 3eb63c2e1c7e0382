using System.Buffers;
using System.Numerics;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Work arrays of one least-squares minimisation with n residuals and p parameters, carved from one pooled array
/// (<see cref="ArrayPool{T}"/>), so repeated fits do not allocate them. Dispose returns them.
/// </summary>
internal sealed class LeastSquaresWorkspace : IDisposable
{
    private readonly double[] _doubles;
    private readonly int[] _free;
    private readonly bool[] _ok;
    private readonly (int Start, int Length)[] _slots;
    private int _used;

    internal LeastSquaresWorkspace(int n, int p)
    {
        N = n; P = p;
        int lanes = Vector<double>.Count;
        Chains = (p + lanes - 1) / lanes * lanes;
        Trials = Math.Max(4, lanes) / lanes * lanes;
        int rows = Math.Max(Chains, Trials);
        int[] lengths = [n, n * p, n * rows, n * Trials, p * p, p * p, p * p, p, p, p, p, p, p, p, 4 * p, rows * p, rows, Chains];
        _slots = new (int, int)[lengths.Length];
        for (int i = 0; i < lengths.Length; i++) { _slots[i] = (_used, lengths[i]); _used += lengths[i]; }
        _doubles = ArrayPool<double>.Shared.Rent(_used);
        _free = ArrayPool<int>.Shared.Rent(p);
        _ok = ArrayPool<bool>.Shared.Rent(p);
    }

    internal int N { get; }
    internal int P { get; }

    /// <summary>Points per Jacobian batch: p rounded up to whole SIMD vectors.</summary>
    internal int Chains { get; }

    /// <summary>Points per line-search batch (δ, 2δ, 4δ, 8δ, …).</summary>
    internal int Trials { get; }

    internal Span<double> R => Slot(0);
    internal Span<double> Jacobian => Slot(1);
    internal Span<double> BatchResiduals => Slot(2);
    internal Span<double> TrialResiduals => Slot(3);
    internal Span<double> A => Slot(4);
    internal Span<double> C => Slot(5);
    internal Span<double> Secant => Slot(6);
    internal Span<double> G => Slot(7);
    internal Span<double> Delta => Slot(8);
    internal Span<double> Damp => Slot(9);
    internal Span<double> Spare => Slot(10);
    internal Span<double> PreviousGradient => Slot(11);
    internal Span<double> OldJacobianTimesResiduals => Slot(12);
    internal Span<double> Step => Slot(13);
    internal Span<double> SecantWork => Slot(14);
    internal Span<double> Points => Slot(15);
    internal Span<double> Sums => Slot(16);
    internal Span<double> InverseStep => Slot(17);
    internal Span<int> Free => _free.AsSpan(0, P);
    internal Span<bool> ColumnOk => _ok.AsSpan(0, P);

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_doubles);
        ArrayPool<int>.Shared.Return(_free);
        ArrayPool<bool>.Shared.Return(_ok);
    }

    private Span<double> Slot(int i) => _doubles.AsSpan(_slots[i].Start, _slots[i].Length);
}
