-- The tamper-evident ledger (docs/ledger.md): one leaf per committed event at a gap-free
-- position in commit order, the Merkle tree's perfect subtrees, and the signed checkpoints.

-- The number of leaves. Its row lock is taken by every appending transaction and held until it
-- commits, so positions are handed out in commit order and a rolled-back append leaves no gap.
create table ledger_head (
    id   smallint not null primary key check (id = 1),
    size bigint   not null check (size >= 0)
);
insert into ledger_head (id, size) values (1, 0);

create table ledger_leaf (
    position         bigint       not null primary key check (position >= 0),
    event_identifier varchar(255) not null,
    leaf_hash        varbinary(32)        not null check (octet_length(leaf_hash) = 32),
    constraint ledger_leaf_event_identifier_key unique (event_identifier),
    constraint ledger_leaf_event_fkey foreign key (event_identifier)
        references domain_event_entry (event_identifier)
);

-- Hashes of perfect subtrees of 2^level leaves (level >= 1) starting at leaf idx * 2^level.
-- Level 0 is ledger_leaf.leaf_hash.
create table ledger_node (
    level smallint not null check (level between 1 and 63),
    idx   bigint   not null check (idx >= 0),
    hash  varbinary(32)    not null check (octet_length(hash) = 32),
    constraint ledger_node_pkey primary key (level, idx)
);

-- How many leaves the stored nodes cover. Its row lock serializes the checkpoint signers of all nodes.
create table ledger_tree (
    id   smallint not null primary key check (id = 1),
    size bigint   not null check (size >= 0)
);
insert into ledger_tree (id, size) values (1, 0);

create table ledger_checkpoint (
    tree_size bigint                   not null primary key check (tree_size >= 0),
    root_hash varbinary(32)                    not null check (octet_length(root_hash) = 32),
    key_id    varchar(8)               not null,
    note      text                     not null,
    signed_at timestamp with time zone not null
);
