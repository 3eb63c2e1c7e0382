using Spectre.Console;

namespace ActorCluster.Client.Bench;

/// <summary>Prints the report as tables; plain text when the output is not a terminal.</summary>
public static class BenchPrinter
{
    public static void Print(BenchReport report)
    {
        // Redirected output would otherwise be wrapped at 80 columns.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;

        console.WriteLine($"actorcluster bench: {report.DurationSeconds:0.##}s x {report.Rounds} rounds (median), concurrency {report.Concurrency}, " +
                          $"{report.Asins} ASINs, batch {report.BatchSize}; {report.Machine}");
        console.WriteLine($"silo: {report.SiloDll}");
        if (report.LoadAtStart is not null || report.LoadAtEnd is not null)
            console.WriteLine($"load average (1 min) at start {report.LoadAtStart:0.0}, at end {report.LoadAtEnd:0.0}" +
                              (MachineLoad.IsBusy(report.LoadAtStart) || MachineLoad.IsBusy(report.LoadAtEnd)
                                  ? $": more than the {Environment.ProcessorCount} cores were busy, figures are compressed and noisy" : ""));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("storage", "workload", "what", "obs/s (median)", "min..max", "calls/s", "p50 ms", "p99 ms");
        foreach (var c in table.Columns.Skip(3)) c.RightAligned();
        foreach (var m in report.Results.SelectMany(r => r.Measurements))
            table.AddRow(m.Storage, m.Workload, Markup.Escape(m.Description), $"{m.ObservationsPerSecond:N0}",
                $"{m.MinObservationsPerSecond:N0}..{m.MaxObservationsPerSecond:N0}", $"{m.CallsPerSecond:N0}", $"{m.P50Ms:0.00}", $"{m.P99Ms:0.00}");
        console.Write(table);

        var ratios = new Table().Border(TableBorder.Simple).AddColumns("ratio (same run)", "value", "target", "");
        ratios.Columns[1].RightAligned();
        foreach (var r in report.Ratios)
            ratios.AddRow(r.Name, $"{r.Value:P1}", r.Target is { } t ? $">= {t:P0}" : "-",
                r.MeetsTarget switch { true => "[green]met[/]", false => "[red]NOT met[/]", null => "" });
        console.Write(ratios);

        foreach (var r in report.Results.Where(r => r.UnexpectedResults > 0))
            console.MarkupLineInterpolated($"[yellow]{r.Storage}: {r.UnexpectedResults} observations were not Accepted, first: {r.FirstUnexpected}[/]");
        foreach (var (storage, why) in report.Skipped) console.MarkupLineInterpolated($"{storage}: skipped, {why}");
        foreach (var (storage, why) in report.Failed) console.MarkupLineInterpolated($"[red]{storage}: FAILED: {why}[/]");
        foreach (var r in report.Results)
            console.WriteLine($"{r.Storage.ToString().ToLowerInvariant()}: prefill {r.Prefill.TotalSeconds:0.0}s" +
                              (r.PayloadBytes is { } b ? $", grain state payload (median row) {b} B" : ""));
    }
}
