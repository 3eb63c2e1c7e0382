using System.Text.Json;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Connectors.Profiles;

/// <summary>Turns one vendor record into observations, or names the field that makes it unusable.</summary>
public abstract class VendorRecordMapper
{
    /// <summary>The property of a page's JSON object holding the record array.</summary>
    public abstract string ItemsProperty { get; }

    /// <summary>
    /// Adds the record's observations on or after <paramref name="since"/> to <paramref name="output"/> and returns
    /// null, or returns the error and adds nothing.
    /// </summary>
    public abstract RecordError? Map(JsonElement record, DateTime since, List<AsinObservation> output);

    public static VendorRecordMapper For(VendorProfile profile) => profile switch
    {
        VendorProfile.Keepa => new KeepaProfile(),
        _ => new HeliumProfile(),
    };

    /// <summary>The record's ASIN, normalised, or the error.</summary>
    protected static RecordError? ReadAsin(JsonElement record, string field, out string asin)
    {
        asin = "";
        if (!record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return new RecordError(field, "missing");
        if (value.ValueKind != JsonValueKind.String) return new RecordError(field, $"expected a string, found {value.ValueKind}");
        return AsinId.TryNormalize(value.GetString(), out asin, out var why) ? null : new RecordError(field, why!);
    }
}
