-- The bbox index also holds the region: for a reader limited to regions H2 then tests the whole condition on index
-- entries too, instead of fetching the row of every area in the strip of the box to read its adm1_pcode.
DROP INDEX hzd_area_bbox;
CREATE INDEX hzd_area_bbox ON hzd_area (min_x, max_x, min_y, max_y, adm1_pcode);
