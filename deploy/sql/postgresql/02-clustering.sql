-- ActorCluster: Orleans ADO.NET clustering (membership) on PostgreSQL.
-- Needs 01-main.sql. Written for Microsoft.Orleans.Clustering.AdoNet 10.4.x.
--
-- How the provider uses this (facts we rely on):
--  * A cluster is identified by ClusterOptions.ClusterId, bound as @DeploymentId.
--  * The whole membership table carries ONE version number (the "table version"). Every
--    insert or update of a silo row says which version it last read (@Version); the write
--    must succeed only if that is still the current version, and must then bump it. This
--    optimistic check is what keeps silos from overwriting each other's votes.
--  * Insert/update queries must return exactly one row with one column that converts to a
--    boolean (did the write happen?). Read queries must return at least one row: the
--    version row, even when no silo row matches, hence the LEFT JOINs below.
--  * Columns are read back by name: Address, Port, Generation, SiloName, HostName, Status,
--    ProxyPort, SuspectTimes, StartTime, IAmAliveTime, Version.
--  * Status values are Orleans' SiloStatus numbers: 3 = Active, 6 = Dead.

-- One row per cluster; Version is the table version described above.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port and generation identify it). Rows of a
-- cluster go away with its version row, which is how the "delete this cluster" call works.
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,  -- long enough for any IPv6 text form
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NOT NULL DEFAULT 0,  -- 0: this silo is not a client gateway
    SuspectTimes text           NULL,      -- "silo,time|silo,time", formatted by Orleans
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE
);

-- The two versioned writes need "check, then change two tables" as one step, which is
-- easiest to state exactly in PL/pgSQL. Locking the cluster's version row first makes
-- concurrent writers queue up; whoever comes second sees the bumped version and fails,
-- as the protocol wants. Nothing is changed before the checks pass, so a refused write
-- leaves no trace. (CREATE OR REPLACE cannot change a signature: if one ever changes,
-- add a DROP FUNCTION IF EXISTS for the old one above it.)
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_silo_name        text,
    p_host_name        text,
    p_status           integer,
    p_proxy_port       integer,
    p_start_time       timestamptz,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
BEGIN
    SELECT v.Version INTO v_current
    FROM OrleansMembershipVersionTable v
    WHERE v.DeploymentId = p_deployment_id
    FOR UPDATE;

    IF v_current IS NULL OR p_expected_version IS NULL OR v_current <> p_expected_version THEN
        RETURN false;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
         StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
         COALESCE(p_proxy_port, 0), p_start_time, p_i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

    IF NOT FOUND THEN
        RETURN false;  -- this incarnation is already registered
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = p_deployment_id;
    RETURN true;
END
$fn$;

CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_status           integer,
    p_suspect_times    text,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
BEGIN
    SELECT v.Version INTO v_current
    FROM OrleansMembershipVersionTable v
    WHERE v.DeploymentId = p_deployment_id
    FOR UPDATE;

    IF v_current IS NULL OR p_expected_version IS NULL OR v_current <> p_expected_version THEN
        RETURN false;
    END IF;

    -- Heartbeats are written outside the version protocol, so the row may already hold a
    -- newer IAmAliveTime than the caller read; never move it backwards.
    UPDATE OrleansMembershipTable
    SET Status       = p_status,
        SuspectTimes = p_suspect_times,
        IAmAliveTime = GREATEST(IAmAliveTime, p_i_am_alive_time)
    WHERE DeploymentId = p_deployment_id
      AND Address = p_address AND Port = p_port AND Generation = p_generation;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = p_deployment_id;
    RETURN true;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Called at silo start: make sure the cluster's version row exists. Returns whether this
-- call created it.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created) AS Created;
$q$),

('InsertMembershipKey', $q$
SELECT orleans_membership_insert(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
    @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS Applied;
$q$),

('UpdateMembershipKey', $q$
SELECT orleans_membership_update(
    @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
    @IAmAliveTime, @Version) AS Applied;
$q$),

-- Heartbeat; not versioned, its result is ignored. Kept monotonic like the update above.
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
WHERE DeploymentId = @DeploymentId
  AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

('MembershipReadRowKey', $q$
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

-- Clients (and silos) ask for gateways: active silos that listen for clients. The
-- provider binds @Status = 3 (Active).
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Wipes a whole cluster (tests, tooling); its silo rows follow by ON DELETE CASCADE.
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Periodic pruning of long-dead silos: @IAmAliveTime is the cut-off. Only Dead rows that
-- neither started nor heart-beat after it go; live or merely suspected silos stay.
-- (Required key; the provider uses it when the per-row key below is absent.)
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = 6
  AND IAmAliveTime < @IAmAliveTime
  AND StartTime < @IAmAliveTime;
$q$),

-- Optional per-row form (10.4+): the provider reads all rows, picks the dead ones old enough,
-- and deletes each only if it still holds exactly the values it read, so a row that changed
-- in between (e.g. got a new vote) survives this round.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Address = @Address AND Port = @Port AND Generation = @Generation
  AND Status = 6
  AND StartTime = @StartTime
  AND IAmAliveTime = @IAmAliveTime
  AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
