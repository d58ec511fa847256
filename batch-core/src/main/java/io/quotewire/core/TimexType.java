package io.quotewire.core;

/** The TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
