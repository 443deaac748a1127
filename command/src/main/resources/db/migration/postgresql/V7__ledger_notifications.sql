-- Every append that moves the ledger's size notifies the feed's readers on every node
-- (accord.query.feed.LedgerTail). PostgreSQL delivers a notification when its transaction commits,
-- and appends commit in position order under the ledger_head row lock, so the payload (the new
-- size) only grows. Readers also poll, so a lost notification only delays them.
create function accord_notify_ledger_growth() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('accord_ledger', new.size::text);
    return new;
end
$$;

create trigger ledger_head_grew
    after update of size on ledger_head
    for each row
    when (new.size > old.size)
execute function accord_notify_ledger_growth();
