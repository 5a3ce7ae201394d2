package org.balise.arms;

/** A ledger line. A transfer is two lines: out of one facility, into the other. */
public enum MovementKind {
    RECEIPT, ISSUE, TRANSFER_OUT, TRANSFER_IN, LOSS, RETURN, DESTRUCTION
}
