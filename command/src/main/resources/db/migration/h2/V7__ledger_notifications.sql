-- H2 has no NOTIFY: on the embedded database the feed's readers poll ledger_head
-- (accord.query.feed.LedgerTail). This version exists so both vendors share version numbers.
select 1;
