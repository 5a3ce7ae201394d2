package org.balise.hazard;

/** The admin units an area falls in, with the gazetteer version their P-codes belong to. */
public record AdminArea(String gazetteer, String adm1Pcode, String adm1Name, String adm2Pcode, String adm2Name,
        String adm3Pcode, String adm3Name) {
}
