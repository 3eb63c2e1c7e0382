using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Client.Evaluation;

/// <summary>
/// Loads train/test pairs for <c>actorcluster evaluate</c>: the M4 wide layout (a train file and a test file, one
/// series per row) or the M5 long layout (<c>unique_id,ds,y,…</c>), recognised by its header. For M5 without a test
/// file, the last h values of each series are held out as its test part.
/// </summary>
public static class EvaluationInput
{
    /// <summary>True when the file's first line is the M5 long header.</summary>
    public static bool IsLongLayout(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine()?.TrimStart('\uFEFF').Replace("\"", "", StringComparison.Ordinal)
            .StartsWith("unique_id,ds,y", StringComparison.Ordinal) == true;
    }

    /// <exception cref="EvaluationInputException">When a file is missing or malformed, or the layouts cannot be paired.</exception>
    public static IReadOnlyList<M4TrainTest> Load(string trainPath, string? testPath, int horizon)
    {
        Require(trainPath);
        if (testPath is not null) Require(testPath);
        if (IsLongLayout(trainPath)) return LoadLong(trainPath, testPath, horizon);
        if (testPath is null) throw new EvaluationInputException($"{trainPath}: an M4-layout train file needs --test");
        if (IsLongLayout(testPath)) throw new EvaluationInputException($"{testPath}: the test file is in the long layout but the train file is not");
        var test = Read(testPath, M4Reader.Read).ToDictionary(s => s.Id, s => s.Values, StringComparer.Ordinal);
        return Read(trainPath, M4Reader.Read).Select(s => test.TryGetValue(s.Id, out var t)
            ? new M4TrainTest(s.Id, s.Values, t)
            : throw new EvaluationInputException($"{testPath}: no test row for series '{s.Id}'")).ToList();
    }

    private static IReadOnlyList<M4TrainTest> LoadLong(string trainPath, string? testPath, int horizon)
    {
        var train = Read(trainPath, M5Reader.Read);
        if (testPath is null)
        {
            var tooShort = train.FirstOrDefault(s => s.Sales.Length <= horizon);
            if (tooShort is not null)
                throw new EvaluationInputException($"{trainPath}: series '{tooShort.Id}' has {tooShort.Sales.Length} values, not more than the horizon {horizon}");
            return train.Select(s => new M4TrainTest(s.Id, s.Sales[..^horizon], s.Sales[^horizon..])).ToList();
        }
        if (!IsLongLayout(testPath)) throw new EvaluationInputException($"{testPath}: the train file is in the long layout, so the test file must be too");
        var test = Read(testPath, M5Reader.Read).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return train.Select(s => test.TryGetValue(s.Id, out var t)
            ? new M4TrainTest(s.Id, s.Sales, t.Sales)
            : throw new EvaluationInputException($"{testPath}: no test rows for series '{s.Id}'")).ToList();
    }

    // The readers name the line; the file is named here.
    private static IReadOnlyList<T> Read<T>(string path, Func<string, IReadOnlyList<T>> reader)
    {
        try { return reader(path); }
        catch (FormatException e) { throw new EvaluationInputException($"{path}: {e.Message}"); }
    }

    private static void Require(string path)
    {
        if (!File.Exists(path)) throw new EvaluationInputException($"{path}: file not found");
    }
}
