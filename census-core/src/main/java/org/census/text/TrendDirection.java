package org.census.text;

/** Which way a partnership's budget moved. */
public enum TrendDirection {
    INCREASE, MAINTAIN, DECREASE, UNKNOWN
}
