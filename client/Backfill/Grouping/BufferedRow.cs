namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>One valid row waiting to be sent, with the line it came from (for rejections and a stable order).</summary>
public readonly record struct BufferedRow(long Line, Observation Observation)
{
    /// <summary>Period order, then file order: the same on every run, so a checkpoint's row counts stay meaningful.</summary>
    public static int Compare(BufferedRow a, BufferedRow b)
    {
        int c = a.Observation.PeriodStart.CompareTo(b.Observation.PeriodStart);
        return c != 0 ? c : a.Line.CompareTo(b.Line);
    }
}

/// <summary>All rows of one ASIN, sorted with <see cref="BufferedRow.Compare"/>.</summary>
public sealed record AsinRows(string Asin, BufferedRow[] Rows);
