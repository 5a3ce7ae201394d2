package org.balise.arms;

public enum CourseAudience {
    STOREKEEPERS, MANAGERS
}
