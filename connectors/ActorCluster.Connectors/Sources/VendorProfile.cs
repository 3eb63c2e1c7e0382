namespace ActorCluster.Connectors.Sources;

/// <summary>How a source's JSON records map to observations.</summary>
public enum VendorProfile
{
    /// <summary>Helium 10-style keyword/product rows: one record per ASIN and day (see <see cref="Profiles.HeliumProfile"/>).</summary>
    Helium10,
    /// <summary>Keepa-style products: one record per ASIN with flat time/value histories (see <see cref="Profiles.KeepaProfile"/>).</summary>
    Keepa,
}
