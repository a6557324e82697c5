-- A site's rows are kept under its queue's number, no longer under its site
-- id: an initial dump starts the site a new queue, numbered above every
-- other, so its rows go at the end of the table and of queue_record. Under
-- the site id, the rows of a site with a lower id than others went in the
-- middle of both trees, splitting pages all the way. site_queue holds the
-- number of each site's queue; a site without one has its rows under its own
-- id, as they were: the rows stay, only the column is renamed. A dump's
-- numbers start at 2^32, above any site id. (A key of seq alone, with an
-- index on (site_id, seq), was measured too: that index then took the
-- inserts in the middle, and a dump was no faster.)
ALTER TABLE queue RENAME COLUMN site_id TO queue_id;
CREATE TABLE site_queue (
    site_id INTEGER PRIMARY KEY,
    queue_id INTEGER NOT NULL UNIQUE
);
