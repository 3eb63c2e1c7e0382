namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>
/// Groups the rows of a file in which <see cref="AsinRunScan"/> found each ASIN in one run: an ASIN is handed out,
/// sorted with <see cref="BufferedRow.Compare"/>, as soon as the next one starts, so sending overlaps reading and only
/// the current run is held. An ASIN met again after its run ended means the file changed since the scan; that stops
/// the backfill rather than send the ASIN in two parts, which could refuse rows the grouped path would store.
/// </summary>
public static class AsinRuns
{
    public static IEnumerable<AsinRows> Group(IEnumerable<(string Asin, BufferedRow Row)> rows)
    {
        var finished = new HashSet<ulong>();
        string? current = null;
        var run = new List<BufferedRow>();
        foreach (var (asin, row) in rows)
        {
            if (asin != current)
            {
                if (current is not null)
                {
                    finished.Add(StableHash.Fnv1a64(current));
                    yield return Sorted(current, run);
                    run = [];
                }
                if (finished.Contains(StableHash.Fnv1a64(asin)))
                    throw new BackfillFileException($"{asin} appears again at line {row.Line} after its rows were sent: the file changed while it was read; run the backfill again");
                current = asin;
            }
            run.Add(row);
        }
        if (current is not null) yield return Sorted(current, run);
    }

    private static AsinRows Sorted(string asin, List<BufferedRow> run)
    {
        var rows = run.ToArray();
        Array.Sort(rows, BufferedRow.Compare);
        return new AsinRows(asin, rows);
    }
}
