package org.balise.hazard.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.internal.HazardRepository.AreaFilter;
import org.balise.shared.ordnance.DeviceCategory;
import org.locationtech.jts.geom.Envelope;

/**
 * The bounding box and the filtered columns of every hazardous area, newest first, in flat arrays: the page of a
 * list or a map view and its total are found by one pass over them (under a millisecond for 100,000 areas). The
 * database instead reads every entry of a map view from its bbox index twice, once for the page and once for the
 * count (20 to 45 ms each at a province's zoom on H2), and walks the newest areas one by one to fill a page of a
 * rare filter (a device category, closed areas) up to its offset. It answers exactly what
 * {@link HazardRepository#list} and {@link HazardRepository#count} answer, and is immutable once built: when the
 * areas' revision moves, the next one is this one with the areas changed since.
 */
public final class AreaIndex {

    /** One area as the index holds it; {@code deviceCategories} may be empty, {@code adm1Pcode} null. */
    public record Row(long id, double minX, double minY, double maxX, double maxY, String adm1Pcode, AreaType type,
            AreaStatus status, Set<DeviceCategory> deviceCategories) {
    }

    /** The ids of a page, newest first, and how many areas match in all. */
    public record Page(List<Long> ids, long total) {
    }

    private static final int NO_REGION = -1;

    private final long revision;
    private final long[] ids;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final int[] region;
    private final byte[] type;
    private final byte[] status;
    private final int[] categories;
    private final Map<String, Integer> regionIndex;
    /** Positions filled so far while the index is built; its size after. */
    private int size;

    private AreaIndex(long revision, int capacity, Map<String, Integer> regionIndex) {
        this.revision = revision;
        this.regionIndex = new HashMap<>(regionIndex);
        ids = new long[capacity];
        minX = new double[capacity];
        minY = new double[capacity];
        maxX = new double[capacity];
        maxY = new double[capacity];
        region = new int[capacity];
        type = new byte[capacity];
        status = new byte[capacity];
        categories = new int[capacity];
    }

    /** The index of {@code rows}, in any order, at the areas' {@code revision}. */
    public static AreaIndex of(List<Row> rows, long revision) {
        List<Row> newestFirst = new ArrayList<>(rows);
        newestFirst.sort(Comparator.comparingLong(Row::id).reversed());
        AreaIndex index = new AreaIndex(revision, newestFirst.size(), Map.of());
        newestFirst.forEach(index::append);
        return index;
    }

    /**
     * This index with the areas that changed since its revision (read from the database: those written at a later
     * revision), at {@code revision}: a changed area replaces the row of its id, a new one is added. A write then costs
     * the next reader a copy of the arrays (a few milliseconds for 100,000 areas), not a new read of every area.
     */
    public AreaIndex with(List<Row> changed, long revision) {
        Map<Long, Row> replacing = new HashMap<>();
        List<Row> added = new ArrayList<>();
        for (Row row : changed) {
            if (position(row.id()) >= 0) {
                replacing.put(row.id(), row);
            } else {
                added.add(row);
            }
        }
        added.sort(Comparator.comparingLong(Row::id).reversed());
        AreaIndex next = new AreaIndex(revision, size + added.size(), regionIndex);
        int fromAdded = 0;
        for (int i = 0; i < size; i++) {
            while (fromAdded < added.size() && added.get(fromAdded).id() > ids[i]) {
                next.append(added.get(fromAdded++));
            }
            Row replaced = replacing.get(ids[i]);
            if (replaced != null) {
                next.append(replaced);
            } else {
                next.copy(this, i);
            }
        }
        added.subList(fromAdded, added.size()).forEach(next::append);
        return next;
    }

    /** The revision of the areas this index holds. */
    public long revision() {
        return revision;
    }

    private int position(long id) {
        // Newest first: the ids decrease.
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (ids[middle] == id) {
                return middle;
            } else if (ids[middle] > id) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    private void append(Row row) {
        ids[size] = row.id();
        minX[size] = row.minX();
        minY[size] = row.minY();
        maxX[size] = row.maxX();
        maxY[size] = row.maxY();
        region[size] = row.adm1Pcode() == null ? NO_REGION : regionIndex.computeIfAbsent(row.adm1Pcode(), code -> regionIndex.size());
        type[size] = (byte) row.type().ordinal();
        status[size] = (byte) row.status().ordinal();
        categories[size] = mask(row.deviceCategories());
        size++;
    }

    private void copy(AreaIndex from, int i) {
        ids[size] = from.ids[i];
        minX[size] = from.minX[i];
        minY[size] = from.minY[i];
        maxX[size] = from.maxX[i];
        maxY[size] = from.maxY[i];
        // The regions' numbers are those of the index copied from: its map was copied whole.
        region[size] = from.region[i];
        type[size] = from.type[i];
        status[size] = from.status[i];
        categories[size] = from.categories[i];
        size++;
    }

    public int size() {
        return size;
    }

    /** The page of areas that pass the filter: their bounding box meets its bbox, if any, and so on. */
    public Page find(AreaFilter filter, int limit, int offset) {
        Envelope bbox = filter.bbox() == null ? new Envelope(-Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE)
                : filter.bbox();
        boolean[] regionAllowed = regionsAllowed(filter);
        int typeWanted = filter.type() == null ? -1 : filter.type().ordinal();
        int statusWanted = filter.status() == null ? -1 : filter.status().ordinal();
        int categoryWanted = filter.deviceCategory() == null ? 0 : 1 << filter.deviceCategory().ordinal();
        boolean anyRegion = filter.regions().isEmpty() && filter.adm1Pcode() == null;
        double west = bbox.getMinX();
        double east = bbox.getMaxX();
        double south = bbox.getMinY();
        double north = bbox.getMaxY();
        List<Long> page = new ArrayList<>(Math.min(limit, 1024));
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (maxX[i] < west || minX[i] > east || maxY[i] < south || minY[i] > north
                    || !anyRegion && (region[i] == NO_REGION || !regionAllowed[region[i]])
                    || typeWanted >= 0 && type[i] != typeWanted
                    || statusWanted >= 0 && status[i] != statusWanted
                    || (categories[i] & categoryWanted) != categoryWanted) {
                continue;
            }
            if (total >= offset && page.size() < limit) {
                page.add(ids[i]);
            }
            total++;
        }
        return new Page(page, total);
    }

    /** Per region of the index, whether the filter's scope and its region let its areas through. */
    private boolean[] regionsAllowed(AreaFilter filter) {
        boolean[] allowed = new boolean[regionIndex.size()];
        regionIndex.forEach((code, index) -> allowed[index] = (filter.regions().isEmpty() || filter.regions().contains(code))
                && (filter.adm1Pcode() == null || filter.adm1Pcode().equals(code)));
        return allowed;
    }

    private static int mask(Set<DeviceCategory> categories) {
        int mask = 0;
        for (DeviceCategory category : categories) {
            mask |= 1 << category.ordinal();
        }
        return mask;
    }

    static {
        if (DeviceCategory.values().length > Integer.SIZE || AreaType.values().length > Byte.MAX_VALUE
                || AreaStatus.values().length > Byte.MAX_VALUE) {
            throw new ExceptionInInitializerError("AreaIndex packs device categories in an int, types and statuses in bytes");
        }
    }
}
