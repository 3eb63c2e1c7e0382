using System.Diagnostics;
using Spectre.Console;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Shows a running backfill: a live Spectre.Console panel on a terminal (phase, rows/s, rows sent, ASINs done,
/// rejects, retries, ETA), or one plain line every <see cref="PlainInterval"/> on stderr when output is redirected.
/// </summary>
public sealed class BackfillDisplay(BackfillProgress progress, string fileName)
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _sendStarted;
    private long _sentAtStart = -1;

    public async Task<T> RunAsync<T>(Task<T> work)
    {
        bool live = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected && !Console.IsOutputRedirected;
        if (!live)
        {
            while (await Task.WhenAny(work, Task.Delay(PlainInterval)) != work) Console.Error.WriteLine($"backfill: {Line()}");
            return await work;
        }
        await AnsiConsole.Live(Render()).AutoClear(true).StartAsync(async ctx =>
        {
            while (await Task.WhenAny(work, Task.Delay(250)) != work) { ctx.UpdateTarget(Render()); ctx.Refresh(); }
        });
        return await work;
    }

    private Table Render()
    {
        var s = Snapshot();
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("")
            .Title($"backfill {Markup.Escape(fileName)}");
        table.AddRow("phase", s.Phase);
        table.AddRow("rows/s", $"{s.Rate:N0}");
        table.AddRow("rows sent", $"{progress.RowsSent:N0} of {(progress.ReadDone ? progress.RowsToSend.ToString("N0") : "…")}");
        table.AddRow("ASINs done", $"{progress.AsinsDone:N0}{(progress.ReadDone ? $" of ≥{progress.AsinsTotal:N0}" : "")}");
        table.AddRow("rejects", $"{progress.Rejects:N0}");
        table.AddRow("retries", $"{progress.Retries:N0}");
        table.AddRow("ETA", s.Eta);
        return table;
    }

    private string Line()
    {
        var s = Snapshot();
        return $"{s.Phase}; {s.Rate:N0} rows/s; sent {progress.RowsSent:N0}; ASINs done {progress.AsinsDone:N0}; " +
               $"rejects {progress.Rejects:N0}; retries {progress.Retries:N0}; ETA {s.Eta}";
    }

    private (string Phase, double Rate, string Eta) Snapshot()
    {
        var now = _clock.Elapsed;
        if (!progress.ReadDone)
        {
            double share = progress.TotalBytes > 0 ? (double)progress.BytesRead / progress.TotalBytes : 0;
            return ($"reading and grouping {share:P0} of {progress.TotalBytes / 1e6:N1} MB ({progress.RowsRead:N0} rows)",
                progress.RowsRead / Math.Max(now.TotalSeconds, 1e-3), "after reading");
        }
        if (_sentAtStart < 0) (_sentAtStart, _sendStarted) = (progress.RowsSent, now);
        double seconds = (now - _sendStarted).TotalSeconds;
        double rate = seconds > 0.5 ? (progress.RowsSent - _sentAtStart) / seconds : 0;
        long left = progress.RowsToSend - progress.RowsSent;
        var eta = rate > 0 ? TimeSpan.FromSeconds(left / rate).ToString(@"hh\:mm\:ss") : "…";
        return ("sending", rate, eta);
    }
}
