using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Grains.Alerts;

/// <summary>
/// Stores an ASIN's <see cref="AlertLifecycleState"/> as Brotli-compressed JSON: readable after decompression,
/// tolerant of added fields, and small (the history is bounded by <see cref="AlertOptions.HistoryKept"/>).
/// </summary>
public static class AlertStateCodec
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new SevenDigits() },
    };

    /// <summary>
    /// Doubles with 7 significant digits: alert values, thresholds and probabilities are read by people, and the 17
    /// digits of a round-trip double would make up most of the stored bytes.
    /// </summary>
    private sealed class SevenDigits : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? double.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteRawValue(value.ToString("G7", System.Globalization.CultureInfo.InvariantCulture), skipInputValidation: true);
            else writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Encodes the state.</summary>
    public static byte[] Encode(AlertLifecycleState state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state, Json);
        using var output = new MemoryStream(json.Length / 3 + 16);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(json);
        return output.ToArray();
    }

    /// <summary>Decodes a stored state; a corrupt one throws <see cref="InvalidDataException"/> (the activation fails loudly).</summary>
    public static AlertLifecycleState Decode(byte[] bytes)
    {
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<AlertLifecycleState>(brotli, Json)
                ?? throw new InvalidDataException("stored alert state is empty");
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            throw new InvalidDataException("stored alert state cannot be decoded: " + e.Message, e);
        }
    }
}
