package com.sensorsdata.analytics.javasdk.exceptions;

/** Stand-in for SensorsData's Java SDK exception. */
public class InvalidArgumentException extends Exception {
}
