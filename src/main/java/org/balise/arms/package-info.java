/**
 * Arms management and destruction (AMD): weapons and ammunition storage facilities of defence and security
 * forces, their technical risk assessments and intervention plans; {@code arms.qd} computes quantity-distances
 * (IATG 02.20) as pure code. Everything here is sensitive data: only AMD officers and admins read it, a national
 * authority user only its own institution's facilities, and every read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arms management")
package org.balise.arms;
