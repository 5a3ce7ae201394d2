package org.balise.community;

/** Community reports in one group of a breakdown (a month, a region, a follow-up), with the victims they reported. */
public record ReportFigure(String key, int dangerousItems, int accidents, int victims) {

    public int reports() {
        return dangerousItems + accidents;
    }
}
