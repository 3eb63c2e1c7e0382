-- ActorCluster: Orleans ADO.NET grain persistence on PostgreSQL.
-- Needs 01-main.sql. Written for Microsoft.Orleans.Persistence.AdoNet 10.4.x.
--
-- What the provider binds and expects (facts we rely on):
--  * Key parameters on every call: @GrainIdHash, @GrainTypeHash (int hashes Orleans computes),
--    @GrainIdN0, @GrainIdN1 (the numeric/Guid key as two bigints, 0 for string keys),
--    @GrainIdExtensionString (string key, or key extension; NULL when there is none),
--    @GrainTypeString, @ServiceId. Writes add @PayloadBinary (serialized state) and
--    @GrainStateVersion (the ETag the grain holds; NULL when it has never seen a row).
--  * Read returns columns PayloadBinary and Version (by name); no row = no state yet.
--  * Write and clear return the new version (write: column NewGrainStateVersion; clear: the
--    first column). Returning no row, or NULL, tells the provider the ETag was stale, and it
--    throws InconsistentStateException. So a stale write must change nothing and return
--    nothing - that is the whole optimistic-concurrency contract.
--  * Only PayloadBinary is used in 10.x (the serializer decides the bytes: by default JSON).

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,     -- NULL after a clear: the row keeps its version
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),  -- for people, not for Orleans
    Version                integer      NOT NULL
)
-- Rows are rewritten in place all the time; free space on each page lets PostgreSQL do
-- that without touching the index (HOT updates).
WITH (fillfactor = 80);

-- One row per grain state. The hashes come first so the index is selective on its first two
-- integers; the remaining columns settle hash collisions and make the key exact.
-- A missing extension is written as '-' and a present one as '+text' inside the index, so
-- NULL and '' stay distinct and two NULLs still collide (plain NULLs never do). This works on
-- any PostgreSQL version, unlike NULLS NOT DISTINCT (15+).
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
    (COALESCE('+' || GrainIdExtensionString, '-'))
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE('+' || GrainIdExtensionString, '-') = COALESCE('+' || @GrainIdExtensionString, '-');
$q$),

-- One statement, two mutually exclusive branches:
--  * the grain holds a version: update the row only if it still has that version;
--  * the grain holds none: insert version 1, unless a row already exists (someone else
--    wrote first: the unique index makes the late insert a no-op, even under a race).
-- Whichever branch acted returns the new version; a stale ETag returns no row.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND Version = @GrainStateVersion
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND COALESCE('+' || GrainIdExtensionString, '-') = COALESCE('+' || @GrainIdExtensionString, '-')
    RETURNING Version
),
inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
         GrainIdExtensionString, ServiceId, PayloadBinary, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
           @GrainIdExtensionString, @ServiceId, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version
)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version FROM inserted;
$q$),

-- Default clear: keep the row, drop the payload, bump the version (so an old ETag can never
-- write again), return the new version.
('ClearStorageKey', $q$
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = now(),
    Version = Version + 1
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE('+' || GrainIdExtensionString, '-') = COALESCE('+' || @GrainIdExtensionString, '-')
RETURNING Version AS NewGrainStateVersion;
$q$),

-- Used instead of the clear above when AdoNetGrainStorageOptions.DeleteStateOnClear = true:
-- remove the row. The provider only needs a value that differs from the ETag it sent, so
-- the version the row would have had next is returned; no row means a stale ETag.
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE('+' || GrainIdExtensionString, '-') = COALESCE('+' || @GrainIdExtensionString, '-')
RETURNING Version + 1 AS NewGrainStateVersion;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
