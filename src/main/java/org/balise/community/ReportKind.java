package org.balise.community;

/** What a focal point reports: a dangerous item or contamination, or an accident. */
public enum ReportKind {
    DANGEROUS_ITEM, ACCIDENT
}
