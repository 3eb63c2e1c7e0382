-- ActorCluster: Orleans ADO.NET grain persistence in a SQLite file.
-- Needs 01-main.sql (see there for how to apply). Written for
-- Microsoft.Orleans.Persistence.AdoNet 10.4.x with invariant "System.Data.SQLite", which
-- that provider resolves to Microsoft.Data.Sqlite by itself. Needs SQLite 3.35 or newer
-- (RETURNING); the SQLitePCLRaw bundle behind Microsoft.Data.Sqlite ships a newer one.
--
-- The contract with the provider is the same as for PostgreSQL (see
-- ../postgresql/03-persistence.sql): same parameters, PayloadBinary + Version on read,
-- the new version back on write/clear, and no row at all when the ETag was stale, which
-- the provider turns into InconsistentStateException.
-- The file is numbered 03 to line up with the PostgreSQL set; SQLite has no 02/04 here
-- because clustering and reminders are not run on SQLite.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,  -- NULL after a clear: the row keeps its version
    ModifiedOn             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    Version                INTEGER NOT NULL
);

-- One row per grain state, hashes first for selectivity. Inside the index a missing
-- extension becomes '-' and a present one '+text': NULL and '' stay apart, and two NULLs
-- collide (a plain NULL column would never collide in a unique index). The upsert below
-- names exactly this index as its conflict target.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
    COALESCE('+' || GrainIdExtensionString, '-')
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(''+'' || GrainIdExtensionString, ''-'') = COALESCE(''+'' || @GrainIdExtensionString, ''-'');
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- One atomic upsert. The candidate row is offered only when it can be right:
--  * no ETag held (first write): insert version 1; if a row exists after all, the conflict
--    branch runs but its version test (= NULL) is never true, so nothing changes;
--  * an ETag held: offered only if the row exists; the conflict branch then bumps the
--    version if, and only if, the row still has the ETag's version.
-- RETURNING yields the new version, or no row when the write was refused.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
     GrainIdExtensionString, ServiceId, PayloadBinary, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
       @GrainIdExtensionString, @ServiceId, @PayloadBinary, 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (
        SELECT 1 FROM OrleansStorage
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
          AND ServiceId = @ServiceId
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND COALESCE(''+'' || GrainIdExtensionString, ''-'') = COALESCE(''+'' || @GrainIdExtensionString, ''-''))
ON CONFLICT (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
             COALESCE(''+'' || GrainIdExtensionString, ''-''))
DO UPDATE SET
    PayloadBinary = excluded.PayloadBinary,
    ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = OrleansStorage.Version + 1
WHERE OrleansStorage.Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Default clear: keep the row, drop the payload, bump the version so old ETags are dead.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = Version + 1
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(''+'' || GrainIdExtensionString, ''-'') = COALESCE(''+'' || @GrainIdExtensionString, ''-'')
RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Used instead when AdoNetGrainStorageOptions.DeleteStateOnClear = true: remove the row and
-- return a value different from the ETag sent (the provider only checks that).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND COALESCE(''+'' || GrainIdExtensionString, ''-'') = COALESCE(''+'' || @GrainIdExtensionString, ''-'')
RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
