-- ActorCluster: Orleans ADO.NET reminders on PostgreSQL.
-- Needs 01-main.sql. Written for Microsoft.Orleans.Reminders.AdoNet 10.4.x.
--
-- What the provider binds and expects (facts we rely on):
--  * @ServiceId (ClusterOptions.ServiceId), @GrainId (GrainId text form), @ReminderName,
--    @StartTime, @Period (milliseconds; sent as int, or bigint when it does not fit),
--    @GrainHash (the grain's uniform hash cast to a signed int), @Version (ETag on delete),
--    @BeginHash/@EndHash (a ring range, also as signed ints).
--  * Rows are read back by name: GrainId, ReminderName, StartTime, Period, Version.
--  * The upsert returns the row's new Version (its ETag); delete returns one boolean-like
--    value (deleted or not).
--  * Ring ranges are (BeginHash, EndHash]. The provider picks ReadRangeRows1Key when the
--    range does not wrap in signed order (begin < end) and ReadRangeRows2Key when it does,
--    so the two queries differ only in AND versus OR.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(512)   NOT NULL,  -- e.g. "asin/B000123456"
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,  -- milliseconds
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,
    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Each silo periodically loads the reminders of the ring range it owns.
CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_Range
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),

('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),

('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

-- Registering a reminder again replaces its schedule; every change gets a new version so
-- an unregister holding an old ETag fails.
('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = EXCLUDED.StartTime,
    Period    = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version   = r.Version + 1
RETURNING r.Version AS Version;
$q$),

('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM removed) AS Deleted;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
