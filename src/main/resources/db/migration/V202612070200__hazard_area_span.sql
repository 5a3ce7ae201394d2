-- The longer side of each area's bounding box, in degrees. Its largest value, read from the index, lets a bbox query
-- bound min_x and min_y from below as well: H2 then reads a strip of hzd_area_bbox as wide as the box instead of
-- every entry west of it (a count over 100,000 areas: 3.8 -> 1.3 ms).
ALTER TABLE hzd_area ADD COLUMN span DOUBLE PRECISION;
UPDATE hzd_area SET span = GREATEST(max_x - min_x, max_y - min_y);
ALTER TABLE hzd_area ALTER COLUMN span SET NOT NULL;
CREATE INDEX hzd_area_span ON hzd_area (span);
