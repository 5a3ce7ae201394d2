/**
 * Explosives safety arithmetic of IATG 02.20 (3rd edition, 2021): quantity-distances per hazard division and
 * distance type, the permissible NEQ for a site, mixed storage (cl. 7.5 Table 6), and compatibility-group
 * mixing checks read from reviewable data. Pure Java: no Spring, no database.
 */
package org.balise.arms.qd;
