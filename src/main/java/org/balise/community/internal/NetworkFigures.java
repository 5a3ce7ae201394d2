package org.balise.community.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.balise.community.CfpReport;
import org.balise.community.FocalPoint;
import org.balise.community.FocalPointStatus;
import org.balise.community.NetworkFigure;
import org.balise.community.ReportFigure;
import org.balise.community.ReportKind;

/** The network dashboard's breakdowns, counted in memory from the records the reader may see. */
public final class NetworkFigures {

    private NetworkFigures() {
    }

    /** Reports grouped by a key, in key order; a report without a key (outside every region) is under "—". */
    public static List<ReportFigure> reports(List<CfpReport> reports, Function<CfpReport, String> key) {
        Map<String, int[]> groups = new TreeMap<>();
        for (CfpReport report : reports) {
            int[] counts = groups.computeIfAbsent(orDash(key.apply(report)), k -> new int[3]);
            counts[report.kind() == ReportKind.DANGEROUS_ITEM ? 0 : 1]++;
            counts[2] += report.victims().total();
        }
        return groups.entrySet().stream()
                .map(group -> new ReportFigure(group.getKey(), group.getValue()[0], group.getValue()[1], group.getValue()[2]))
                .toList();
    }

    /** Focal points grouped by a key, in key order. */
    public static List<NetworkFigure> focalPoints(List<FocalPoint> points, Function<FocalPoint, String> key) {
        Map<String, int[]> groups = new TreeMap<>();
        for (FocalPoint point : points) {
            int[] counts = groups.computeIfAbsent(orDash(key.apply(point)), k -> new int[4]);
            counts[point.status() == FocalPointStatus.ACTIVE ? 0 : 1]++;
            if ("FEMALE".equals(point.sex())) {
                counts[2]++;
            } else if ("MALE".equals(point.sex())) {
                counts[3]++;
            }
        }
        return groups.entrySet().stream()
                .map(group -> new NetworkFigure(group.getKey(), group.getValue()[0], group.getValue()[1], group.getValue()[2],
                        group.getValue()[3]))
                .toList();
    }

    private static String orDash(String key) {
        return key == null || key.isBlank() ? "—" : key;
    }
}
