package org.balise.arms;

/** An assessor's answer to a question: satisfied, not satisfied, or not applicable to this facility. */
public enum Answer {
    YES, NO, NOT_APPLICABLE
}
