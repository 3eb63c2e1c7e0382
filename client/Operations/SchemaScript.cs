using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ActorCluster.Client.Operations;

/// <summary>
/// One versioned schema script: <c>NN-name.sql</c> (or <c>NNN_name.sql</c>), its version being the leading number.
/// The checksum (SHA-256 of the text with line endings normalised) tells whether an applied version has since changed.
/// </summary>
public sealed partial record SchemaScript(int Version, string Name, string Text, string Checksum)
{
    /// <summary>The scripts in a folder, by version; throws when a file is misnamed or two share a version.</summary>
    public static IReadOnlyList<SchemaScript> Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"schema folder {directory} does not exist");
        var scripts = new List<SchemaScript>();
        foreach (var path in Directory.GetFiles(directory, "*.sql"))
        {
            var name = Path.GetFileName(path);
            var m = VersionPrefix().Match(name);
            if (!m.Success) throw new InvalidDataException($"{name}: a schema script's name must start with its version number (e.g. 05-indexes.sql)");
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            scripts.Add(new SchemaScript(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), name, text,
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))));
        }
        var clash = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null) throw new InvalidDataException($"version {clash.Key} is used by {string.Join(" and ", clash.Select(s => s.Name))}");
        if (scripts.Count == 0) throw new InvalidDataException($"no *.sql scripts in {directory}");
        return [.. scripts.OrderBy(s => s.Version)];
    }

    [GeneratedRegex(@"^(\d+)[-_]")]
    private static partial Regex VersionPrefix();
}
