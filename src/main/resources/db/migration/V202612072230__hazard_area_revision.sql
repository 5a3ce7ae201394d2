-- The revision at which each area was last written: an instance's in-memory index of areas reads only those
-- written since the revision it holds.
ALTER TABLE hzd_area ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX hzd_area_revision ON hzd_area (revision);
