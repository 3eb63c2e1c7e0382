namespace ActorCluster.Client.Backfill;

/// <summary>The final summary of a backfill: one line on stdout, warnings and the first rejections on stderr.</summary>
public static class BackfillPrinter
{
    public static void Print(BackfillSummary s, string fileName)
    {
        foreach (var w in s.Warnings) Console.Error.WriteLine($"warning: {w}");
        var c = s.Counts;
        var rate = s.Elapsed.TotalSeconds > 0 ? s.RowsRead / s.Elapsed.TotalSeconds : 0;
        Console.WriteLine($"{fileName} ({s.Format.ToString().ToLowerInvariant()}): {s.RowsRead} rows, {s.Asins} ASINs in {s.Elapsed.TotalSeconds:0.0}s ({rate:0} rows/s): " +
                          $"accepted {c.Accepted}, corrected {c.Corrected}, duplicates {c.Duplicates}, rejected {s.Rejected}" +
                          (c.Recovered > 0 ? $", recovered {c.Recovered} (applied before a lost answer)" : ""));
        if (s.ResumedAsins > 0 || s.Retries > 0 || s.SpillPartitions > 0)
            Console.WriteLine($"resumed ASINs {s.ResumedAsins}, retries {s.Retries}, spill partitions {s.SpillPartitions}");
        if (s.Streamed) Console.Error.WriteLine("each ASIN's rows were together in the file: sent while reading, no grouping phase");
        if (s.MappedIds.Count > 0)
            Console.WriteLine($"{s.MappedIds.Count} series ids mapped to ASIN keys, e.g. " +
                              string.Join(", ", s.MappedIds.Take(3).Select(p => $"{p.Key} -> {p.Value}")) + " (--id-map FILE for all)");
        foreach (var r in s.FirstRejections) Console.Error.WriteLine($"rejected: {r}");
        if (s.Rejected > s.FirstRejections.Count)
            Console.Error.WriteLine($"… and {s.Rejected - s.FirstRejections.Count} more (use --rejects FILE for all)");
    }
}
