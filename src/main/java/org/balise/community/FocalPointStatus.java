package org.balise.community;

public enum FocalPointStatus {
    ACTIVE, INACTIVE
}
