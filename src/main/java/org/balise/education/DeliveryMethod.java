package org.balise.education;

/** How a session reached its audience. */
public enum DeliveryMethod {
    GROUP_SESSION, HOUSE_TO_HOUSE, SCHOOL, MASS_MEDIA, FOCAL_POINT
}
