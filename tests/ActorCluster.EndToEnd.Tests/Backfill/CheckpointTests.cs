using ActorCluster.Client.Backfill;
using ActorCluster.Client.Backfill.Checkpoints;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>The checkpoint log: what a resumed run sees after a stop at any point, and when it refuses.</summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("checkpoint-test").FullName;
    private readonly FileFingerprint _input = new("/data/in.csv", 1234, 99, null);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf => Path.Combine(_dir, "in.checkpoint");

    [Fact]
    public void A_reopened_checkpoint_restores_rows_done_in_flight_batches_complete_asins_totals_and_rejections()
    {
        using (var c = BackfillCheckpoint.Open(PathOf, _input, "in.csv", fresh: false))
        {
            Assert.False(c.Resumed);
            c.Sending("B000000001", 0, 10, new DateTime(2025, 1, 10));
            c.Acknowledged("B000000001", 10, new BatchCounts(9, 0, 0, 1));
            c.Rejected(new RowRejection("in.csv", 7, "B000000001", "units -1 must not be negative", "units"));
            c.Completed("B000000001");
            c.Sending("B000000002", 0, 5, new DateTime(2025, 1, 5));
            c.Acknowledged("B000000002", 5, new BatchCounts(5, 0, 0, 0));
            c.Sending("B000000002", 5, 5, new DateTime(2025, 1, 10));
        }
        File.AppendAllText(PathOf, "B\tB000000002\t1");   // torn by a kill mid-write
        for (int reopen = 0; reopen < 2; reopen++)   // the second time reads the compacted form
        {
            using var c = BackfillCheckpoint.Open(PathOf, _input, "in.csv", fresh: false);
            Assert.True(c.Resumed);
            Assert.True(c.IsComplete("B000000001"));
            Assert.False(c.IsComplete("B000000002"));
            var p = c.Get("B000000002")!;
            Assert.Equal(5, p.RowsDone);
            Assert.Equal(new InFlightBatch(5, 5, new DateTime(2025, 1, 10)), p.InFlight);
            Assert.Equal(new BatchCounts(14, 0, 0, 1), c.Restored);
            var r = Assert.Single(c.RestoredRejections);
            Assert.Equal((7L, "units"), (r.Line, r.Field));
        }
    }

    [Fact]
    public void A_checkpoint_of_another_file_is_refused_unless_fresh()
    {
        using (var c = BackfillCheckpoint.Open(PathOf, _input, "in.csv", false)) c.Completed("B000000001");
        var changed = _input with { Length = 999 };
        var e = Assert.Throws<BackfillFileException>(() => BackfillCheckpoint.Open(PathOf, changed, "in.csv", false));
        Assert.Contains("--fresh", e.Message);
        using var fresh = BackfillCheckpoint.Open(PathOf, changed, "in.csv", fresh: true);
        Assert.False(fresh.Resumed);
        Assert.False(fresh.IsComplete("B000000001"));
    }

    [Fact]
    public void Deleting_a_finished_checkpoint_removes_the_file()
    {
        var c = BackfillCheckpoint.Open(PathOf, _input, "in.csv", false);
        c.Completed("B000000001");
        c.Delete();
        Assert.False(File.Exists(PathOf));
    }
}
