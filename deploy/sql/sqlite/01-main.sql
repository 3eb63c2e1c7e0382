-- ActorCluster: shared Orleans ADO.NET catalogue for a SQLite file (apply first).
--
-- On SQLite we only use Orleans grain persistence (the "local" profile: one silo,
-- localhost clustering, state in one file). Orleans reads its SQL from this table at
-- start-up ("SELECT QueryKey, QueryText FROM OrleansQuery") and runs nothing else.
--
-- How to apply: each file in this folder is meant to be executed whole, as ONE command
-- text, by Microsoft.Data.Sqlite (it runs every statement of a command in turn), e.g.
--     using var cmd = connection.CreateCommand();
--     cmd.CommandText = File.ReadAllText(path);
--     cmd.ExecuteNonQuery();
-- in file-name order, outside an explicit transaction (the journal-mode switch below
-- cannot run inside one). The sqlite3 shell works too: sqlite3 state.db < 01-main.sql.
-- Every statement is idempotent, so applying on every start is fine.

-- Write-ahead logging: readers do not block the writer and commits are cheaper. The setting
-- is stored in the database file, so setting it here once is enough. Durability is kept:
-- SQLite's default synchronous level (FULL) still syncs every commit.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
