-- Kafka publication (accord.query.kafka, docs/kafka.md): one row per topic.
-- position is the last event known to be published in a committed Kafka transaction, written after
-- each commit. The topic itself is the truth (a publisher that stopped between its commit and this
-- update finds later events there); the row is the floor, for when retention has emptied the topic.
-- leader and lease_until let one node publish at a time: a node claims or renews the lease with a
-- conditional update, and another may take it once lease_until (the database's clock) has passed.
create table kafka_publication (
    topic        varchar(249)             not null primary key,
    position     bigint                   not null,
    published_at timestamp with time zone,
    leader       varchar(255),
    lease_until  timestamp with time zone
);
