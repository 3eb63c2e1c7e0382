-- ActorCluster: the ASP.NET Core data-protection key ring on PostgreSQL.
-- Needs nothing else. Idempotent.
--
-- The board's sign-in cookie is encrypted with data-protection keys. Each silo made its own ring before, so a
-- cookie set by one silo could not be read by another behind the same load balancer. On the cluster profile every
-- silo of a service reads and writes its ring here. The rows are XML key descriptors that hold the key material
-- unencrypted: grant this table to the silos' database role only, as for grain state.

CREATE TABLE IF NOT EXISTS actorcluster_data_protection_keys
(
    service_id    varchar(150) NOT NULL,
    friendly_name varchar(200) NOT NULL,  -- "key-<guid>", chosen by ASP.NET Core
    xml           text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_actorcluster_data_protection_keys PRIMARY KEY (service_id, friendly_name)
);
