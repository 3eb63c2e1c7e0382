-- ActorCluster: shared Orleans ADO.NET catalogue for PostgreSQL (apply first).
--
-- Every Orleans ADO.NET provider (clustering, grain persistence, reminders) starts by
-- reading "SELECT QueryKey, QueryText FROM OrleansQuery" and afterwards runs only the SQL
-- text it found there, binding its own @Named parameters. So this table is the contract
-- between the Orleans binaries and our schema: the files 02..04 each add the tables they
-- need plus their rows here.
--
-- Idempotent: every file in this folder can be applied again at any time (on start-up, in
-- CI, after an upgrade). Rows are upserted, so re-applying also rolls out edited query text.
-- Unquoted identifiers fold to lower case in PostgreSQL; the providers look columns up by
-- name and Npgsql falls back to a case-insensitive match, so the mixed case is only for
-- readability.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);
