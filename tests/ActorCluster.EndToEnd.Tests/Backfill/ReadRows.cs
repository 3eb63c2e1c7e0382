using ActorCluster.Client.Backfill;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>Reads a file's text in-process the way <c>backfill</c> does.</summary>
public static class ReadRows
{
    public static (List<CsvRow> Rows, IObservationReader Reader) From(string text, BackfillFormat? format = null, int maxLine = 1 << 20)
    {
        var reader = new ObservationFileReader("t.csv", maxLine, format);
        var rows = reader.Read(new StringReader(text)).ToList();
        return (rows, reader.Reader!);
    }
}
