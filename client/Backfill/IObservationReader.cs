namespace ActorCluster.Client.Backfill;

/// <summary>
/// Turns one file layout into observations, streaming: the header is bound first (a file that cannot be
/// read at all throws <see cref="BackfillFileException"/>), then every data line yields its rows, or error
/// rows naming line and field. A line may yield several rows (a wide layout has one per series).
/// </summary>
public interface IObservationReader
{
    BackfillFormat Format { get; }

    /// <summary>Warnings about the header (ignored columns and the like), filled as the header is read.</summary>
    IReadOnlyList<string> Warnings { get; }

    /// <summary>Binds the header; throws <see cref="BackfillFileException"/> when it does not fit this layout.</summary>
    void BindHeader(IReadOnlyList<string> header, string fileName);

    /// <summary>Adds the rows of data line <paramref name="line"/> (already split) to <paramref name="output"/>.</summary>
    void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output);
}

/// <summary>The file as a whole cannot be read (empty, not CSV, wrong header).</summary>
public sealed class BackfillFileException(string message) : Exception(message);
