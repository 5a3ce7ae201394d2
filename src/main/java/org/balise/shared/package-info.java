/**
 * Open kernel used by every module: the problem catalog, paging, text normalisation.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.balise.shared;
