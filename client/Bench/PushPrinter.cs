using Spectre.Console;

namespace ActorCluster.Client.Bench;

/// <summary>Prints a <c>bench push</c> report as a table; plain text when the output is not a terminal.</summary>
public static class PushPrinter
{
    public static void Print(PushReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 240;
        console.WriteLine($"actorcluster bench push: alert delivery latency, ingest call -> SignalR client; {report.Machine}");
        console.WriteLine(report.Describe());
        console.WriteLine($"silo: {report.SiloDll} {string.Join(' ', PushReport.SiloArguments)}");
        console.WriteLine($"load average (1 min) at start {report.LoadAtStart:0.0}, at end {report.LoadAtEnd:0.0}" +
                          (MachineLoad.IsBusy(report.LoadAtStart) || MachineLoad.IsBusy(report.LoadAtEnd)
                              ? $": more than the {Environment.ProcessorCount} cores were busy, figures are noisy" : ""));

        var table = new Table().Border(TableBorder.Simple).AddColumns(
            "scenario", "samples", "skipped", "lost", "p50 ms", "p90 ms", "p99 ms", "max ms", "slowest client p99",
            "> 50 ms", "ack p50/p99", "after ack p50/p99", "raised p50/p99", "background obs/s", "CPU silo/bench", "load avg", "p99 <= 50 ms");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var r in report.Scenarios)
            table.AddRow(r.Name, $"{r.Samples}", $"{r.NoTransition}", $"{r.TimedOut}+{r.MissedDeliveries}",
                F(r.Delivery.P50), F(r.Delivery.P90), F(r.Delivery.P99), F(r.Delivery.Max), F(r.WorstClient.P99), $"{r.OverTarget}",
                $"{F(r.Ack.P50)}/{F(r.Ack.P99)}", $"{F(r.AfterAck.P50)}/{F(r.AfterAck.P99)}", $"{F(r.Raised.P50)}/{F(r.Raised.P99)}",
                r.TargetRate == 0 ? "-" : $"{r.AchievedRate:N0} of {r.TargetRate:N0}",
                $"{r.SiloCpu:P0}/{r.BenchCpu:P0}", $"{r.LoadAverage:0.0}", r.MeetsTarget ? "[green]met[/]" : "[red]NOT met[/]");
        console.Write(table);
        console.WriteLine(PushReport.Legend);
        foreach (var line in PushReportWriter.Warnings(report)) console.MarkupLineInterpolated($"[yellow]{line}[/]");
    }

    private static string F(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
