-- One index holding all four bbox columns: H2 uses a single index per query, and with this one it tests the
-- whole box on index entries instead of fetching every row west of the box (5,000 of 100,000 areas: 81 -> 18 ms).
CREATE INDEX hzd_area_bbox ON hzd_area (min_x, max_x, min_y, max_y);
