-- A join on link_id = <column> cannot use a partial index, and the stock
-- view joins every item to its batches that way: index every row.
DROP INDEX record_link;
CREATE INDEX record_link ON record (type, link_id);
