-- A received batch's row is committed while its body is still on its way to
-- the disk (the two syncs overlap: a sixth of a first sync's receiving). The
-- row keeps a check of the body (XXH3, 64 bits, see BodyCheck): after a power
-- cut, a body that does not match never reached the disk whole, so it was
-- never acknowledged, and its batch is dropped for the primary to send again.
-- NULL: kept by an older version, whose body was on the disk before its row.
ALTER TABLE inbox ADD COLUMN body_check INTEGER;
